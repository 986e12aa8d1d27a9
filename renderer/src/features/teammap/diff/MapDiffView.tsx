/**
 * The Map tab's "changes" view: what changes from today's team map to the target, said in
 * sentences grouped by kind with their counts, and drawn as the target map with the changes
 * marked. Read only; the maps are edited in the Today and Target views.
 */
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { findLens, teamMapOf, type TeamMap } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { TeamMapDrawing } from '../drawing/TeamMapDrawing'
import { diffGroups } from './diffSentences'
import { DiffList } from './DiffList'
import { diffDrawingOf, mapDiffState, type MapDiffState } from './mapDiffModel'

export interface MapDiffPanelProps {
  today: TeamMap
  target: TeamMap
  lensTitle: (id: string) => string
}

/** The sentence for a state with nothing to list. */
export function emptyStateKey(state: Exclude<MapDiffState, { kind: 'changes' }>) {
  switch (state.kind) {
    case 'noMaps':
      return 'teammap.diff.noMaps' as const
    case 'noTarget':
      return 'teammap.diff.noTarget' as const
    case 'same':
      return state.moved ? ('teammap.diff.sameMoved' as const) : ('teammap.diff.same' as const)
  }
}

export function MapDiffPanel({ today, target, lensTitle }: MapDiffPanelProps) {
  const { t } = useTranslation()
  const id = useId()
  const state = useMemo(() => mapDiffState(today, target), [today, target])
  const groups = useMemo(
    () =>
      state.kind === 'changes' ? diffGroups(t, { today, target, diff: state.diff, lensTitle }) : [],
    [state, t, today, target, lensTitle],
  )
  const drawing = useMemo(
    () => (state.kind === 'changes' ? diffDrawingOf(target, state.diff) : null),
    [state, target],
  )

  return (
    <section className="map-diff" aria-labelledby={id}>
      <header className="map-diff__header">
        <h2 id={id} className="map-diff__title">
          {t('teammap.diff.heading')}
        </h2>
        {state.kind === 'changes' && (
          <p className="map-diff__total">{t('teammap.diff.total', { count: state.total })}</p>
        )}
      </header>
      {state.kind !== 'changes' ? (
        <p className="map-diff__empty" role="status">
          {t(emptyStateKey(state))}
        </p>
      ) : (
        <div className="map-diff__body">
          <DiffList groups={groups} />
          {drawing && (
            <figure className="map-diff__figure">
              <TeamMapDrawing
                map={drawing.map}
                highlights={drawing.highlights}
                title={t('teammap.diff.drawingTitle')}
              />
              <figcaption className="map-diff__caption">{t('teammap.diff.drawingNote')}</figcaption>
            </figure>
          )}
        </div>
      )}
    </section>
  )
}

export function MapDiffView({ data }: { data: SessionData }) {
  const { mapElements, workshop } = data
  const today = useMemo(() => teamMapOf(mapElements, 'today'), [mapElements])
  const target = useMemo(() => teamMapOf(mapElements, 'target'), [mapElements])
  const template = workshop.template
  const lensTitle = useMemo(() => (id: string) => findLens(template, id)?.title ?? id, [template])
  return <MapDiffPanel today={today} target={target} lensTitle={lensTitle} />
}
