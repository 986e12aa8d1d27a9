/**
 * One team map (today's or the target) being drawn: the toolbar, the canvas with its legend, and
 * the same map as a list beside it, with the forms in dialogs and a notice that says what each
 * edit did. The target starts from today on request. See useMapEditor for what the edits do.
 */
import { memo, useCallback, useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ReactFlowProvider } from '@xyflow/react'
import { teamMapOf, type MapSide, type MapTeamEntry } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { MapCanvas, type MapCanvasHandle } from '../canvas/MapCanvas'
import { MapLegend } from '../canvas/MapLegend'
import type { FlowLabels } from '../canvas/flowModel'
import { MapFormDialog } from '../forms/MapFormDialog'
import { addButtonId, MapList } from '../list/MapList'
import {
  canvasElement,
  editButtonId,
  interactionName,
  type MapItem,
  type MapItemKind,
} from './mapNames'
import { MapAnnouncer, MapNotice } from './MapNotice'
import { ADD_INTERACTION_ID, ADD_TEAM_ID, MapToolbar } from './MapToolbar'
import { TargetStart } from './TargetStart'
import { NOTICE_ID, useMapEditor } from './useMapEditor'
import { useStableCallback } from './useStableCallback'

const MemoCanvas = memo(MapCanvas)

interface Props {
  side: MapSide
  data: SessionData
}

function Editor({ side, data }: Props) {
  const { t } = useTranslation()
  const headingId = useId()
  const { mapElements, workshop } = data
  const map = useMemo(() => teamMapOf(mapElements, side), [mapElements, side])
  const todayEmpty = useMemo(() => !mapElements.some((e) => e.side === 'today'), [mapElements])
  const targetEmpty =
    side === 'target' && map.teams.length + map.rituals.length + map.artifacts.length === 0
  const lenses = useMemo(
    () => workshop.template.lenses.map((lens) => ({ id: lens.id, label: lens.title })),
    [workshop.template],
  )
  const lensTitle = useCallback(
    (id: string) => lenses.find((lens) => lens.id === id)?.label ?? id,
    [lenses],
  )
  const labels = useMemo<FlowLabels>(
    () => ({
      type: (type) => t(`teammap.view.types.${type}`),
      team: (team: MapTeamEntry) => {
        const type = t(`teammap.view.typesInText.${team.type}`)
        return team.scope
          ? t('teammap.editor.teamLabelScope', { name: team.name, type, scope: team.scope })
          : t('teammap.editor.teamLabel', { name: team.name, type })
      },
      interaction: (interaction) => interactionName(t, map, interaction),
    }),
    [t, map],
  )
  const canvas = useRef<MapCanvasHandle>(null)
  const editor = useMapEditor(side, map, canvas)
  const { open, remove } = editor

  const editFromCanvas = useStableCallback((kind: 'team' | 'interaction', key: string) =>
    open({ kind, key }, () => canvasElement({ kind, key })),
  )
  const removeFromCanvas = useStableCallback(
    (kind: 'team' | 'interaction', key: string) => void remove({ kind, key }, 'canvas'),
  )
  const connect = useStableCallback((from: string, to: string) =>
    open({ kind: 'interaction', key: null, initial: { from, to } }, () =>
      canvasElement({ kind: 'team', key: from }),
    ),
  )
  const addFromList = useStableCallback((kind: MapItemKind) =>
    open({ kind, key: null }, addButtonId(kind)),
  )
  const editFromList = useStableCallback((item: MapItem) => open(item, editButtonId(item)))
  const removeFromList = useStableCallback((item: MapItem) => void remove(item, 'list'))

  return (
    <section className="map-editor" aria-labelledby={headingId}>
      <header className="map-editor__header">
        <div>
          <h2 id={headingId}>{t(`teammap.editor.heading.${side}`)}</h2>
          <p className="map-editor__intro">{t(`teammap.editor.intro.${side}`)}</p>
        </div>
        {side === 'target' && !targetEmpty && (
          <TargetStart
            targetEmpty={false}
            todayEmpty={todayEmpty}
            onStart={() => void editor.startTarget()}
          />
        )}
      </header>
      {targetEmpty && (
        <TargetStart
          targetEmpty
          todayEmpty={todayEmpty}
          onStart={() => void editor.startTarget()}
        />
      )}
      <MapAnnouncer message={editor.spoken} />
      <div className="map-editor__body">
        <div className="map-editor__canvas-column">
          <MapToolbar
            teamCount={map.teams.length}
            onAddTeam={() => open({ kind: 'team', key: null }, ADD_TEAM_ID)}
            onAddInteraction={() =>
              open(
                {
                  kind: 'interaction',
                  key: null,
                  initial: editor.selectedTeam ? { from: editor.selectedTeam } : {},
                },
                ADD_INTERACTION_ID,
              )
            }
            onAutoLayout={() => void editor.autoLayout()}
          />
          {/* The notice floats over the canvas's top edge: the map never jumps when it comes. */}
          <div className="map-editor__stage">
            <MapNotice
              id={NOTICE_ID}
              notice={editor.notice}
              onUndo={() => void editor.undo()}
              onDismiss={editor.dismiss}
            />
            <MemoCanvas
              ref={canvas}
              map={map}
              title={t(`teammap.editor.heading.${side}`)}
              labels={labels}
              onMove={editor.move}
              onConnect={connect}
              onEdit={editFromCanvas}
              onRemove={removeFromCanvas}
              onSelectTeam={editor.setSelectedTeam}
            />
          </div>
          <p className="map-editor__hint">{t('teammap.editor.connectHint')}</p>
          <MapLegend />
        </div>
        <section className="map-editor__list" aria-label={t('teammap.editor.listLabel')}>
          <MapList
            map={map}
            lensTitle={lensTitle}
            onAdd={addFromList}
            onEdit={editFromList}
            onRemove={removeFromList}
          />
        </section>
      </div>
      <MapFormDialog
        side={side}
        map={map}
        lenses={lenses}
        editing={editor.editing}
        onClose={editor.close}
        onSaved={editor.saved}
      />
    </section>
  )
}

/** The canvas's zoom and the toolbar share one React Flow instance per map. */
export function MapEditor(props: Props) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  )
}
