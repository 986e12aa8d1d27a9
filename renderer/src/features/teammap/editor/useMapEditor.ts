/**
 * What the map editor does, apart from how it looks: opening a form and giving the focus back
 * after it, removing with Undo, saving moves and the auto-layout, starting the target from
 * today, and saying each of it in plain words (a notice with Undo, or the canvas's live region
 * for moves). Every edit goes through useWorkshopEdits, so each is one undoable, saved step.
 */
import { useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useReactFlow } from '@xyflow/react'
import type { CanvasPosition, MapSide, TeamMap } from '@shared/domain'
import { useServices, useWorkshopEdits } from '../../../store/context'
import { layoutTeams } from '../canvas/autoLayout'
import { FIT_OPTIONS, type MapCanvasHandle } from '../canvas/MapCanvas'
import type { Editing } from '../forms/MapFormDialog'
import {
  canvasElement,
  editButtonId,
  itemName,
  teamName,
  type MapItem,
  type MapItemKind,
} from './mapNames'
import type { MapNoticeState } from './MapNotice'
import { ADD_TEAM_ID } from './MapToolbar'
import { useFocusLater, type FocusTarget } from './useFocusLater'
import { useStableCallback } from './useStableCallback'

export const NOTICE_ID = 'map-notice'
const UNDO_ID = `${NOTICE_ID}-undo`

let spokenKey = 0
const nextKey = () => ++spokenKey

type Outcome = { ok: boolean }

export function useMapEditor(
  side: MapSide,
  map: TeamMap,
  canvas: RefObject<MapCanvasHandle | null>,
) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const history = useServices().workshop.store
  const flow = useReactFlow()
  const focusLater = useFocusLater()
  const [editing, setEditing] = useState<(Editing & { returnTo: FocusTarget }) | null>(null)
  const [notice, setNotice] = useState<MapNoticeState | null>(null)
  const [spoken, setSpoken] = useState<{ text: string; key: number } | null>(null)
  const [afterUndo, setAfterUndo] = useState<FocusTarget>(ADD_TEAM_ID)
  const [selectedTeam, setSelectedTeam] = useState<string | null>(null)

  function tell(outcome: Outcome, text: string) {
    setNotice(
      outcome.ok
        ? { text, key: nextKey(), undo: history.getState().history.past.at(-1) }
        : { text: t('teammap.announce.failed'), key: nextKey(), failed: true },
    )
  }

  const open = useStableCallback((next: Editing, returnTo: FocusTarget) =>
    setEditing({ ...next, returnTo }),
  )

  function close() {
    if (editing) focusLater(editing.returnTo)
    setEditing(null)
  }

  function saved(kind: MapItemKind, key: string, name: string, added: boolean) {
    const verb = added ? 'Added' : 'Saved'
    tell({ ok: true }, t(`teammap.announce.${kind}${verb}`, { name }))
    if (kind === 'team' && added) {
      // A new team is selected and focused on the canvas, ready to be moved by arrows.
      canvas.current?.selectTeam(key)
      focusLater(() => canvasElement({ kind, key }))
    }
  }

  const remove = useStableCallback(async (item: MapItem, from: 'canvas' | 'list') => {
    const name = itemName(t, map, item)
    if (name === null) return
    const lines = map.interactions.filter((i) => i.from === item.key || i.to === item.key).length
    let text: string
    let outcome: Outcome
    switch (item.kind) {
      case 'team':
        outcome = await edits.removeTeam(side, item.key)
        text =
          lines > 0
            ? t('teammap.announce.teamRemovedWith', { name, count: lines })
            : t('teammap.announce.teamRemoved', { name })
        break
      case 'interaction':
        outcome = await edits.removeInteraction(side, item.key)
        text = t('teammap.announce.interactionRemoved', { name })
        break
      case 'ritual':
        outcome = await edits.removeRitual(side, item.key)
        text = t('teammap.announce.ritualRemoved', { name })
        break
      case 'artifact':
        outcome = await edits.removeArtifact(side, item.key)
        text = t('teammap.announce.artifactRemoved', { name })
        break
    }
    tell(outcome, text)
    if (item.kind === 'team' && selectedTeam === item.key) setSelectedTeam(null)
    setAfterUndo(from === 'canvas' ? () => () => canvasElement(item) : editButtonId(item))
    // The removed item's control is gone: Undo is where the focus can do the most good.
    focusLater(outcome.ok ? UNDO_ID : ADD_TEAM_ID)
  })

  async function undo() {
    const ok = await edits.undo()
    // Nothing to undo from here: the step before is not what this notice is about.
    setNotice(
      ok
        ? { text: t('teammap.announce.restored'), key: nextKey() }
        : { text: t('teammap.announce.failed'), key: nextKey(), failed: true },
    )
    focusLater(ok ? afterUndo : ADD_TEAM_ID)
  }

  /** A drop or an arrow press: saved when something really moved, and said with the name. */
  const move = useStableCallback(async (positions: Record<string, CanvasPosition>) => {
    const changed = Object.fromEntries(
      Object.entries(positions).filter(([key, p]) => {
        const team = map.teams.find((e) => e.key === key)
        return team && (team.x !== p.x || team.y !== p.y)
      }),
    )
    const keys = Object.keys(changed)
    if (keys.length === 0) return
    const outcome = await edits.moveTeams(side, changed)
    const text = !outcome.ok
      ? t('teammap.announce.failed')
      : keys.length === 1
        ? t('teammap.announce.teamMoved', { name: teamName(map, keys[0] ?? '') })
        : t('teammap.announce.teamsMoved', { count: keys.length })
    setSpoken({ text, key: nextKey() })
  })

  async function autoLayout() {
    const outcome = await edits.moveTeams(side, layoutTeams(map))
    tell(outcome, t('teammap.announce.teamsLaidOut', { count: map.teams.length }))
    // Once the new positions are drawn, the whole map is brought into view.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => void flow.fitView({ ...FIT_OPTIONS, duration: 250 })),
    )
  }

  async function startTarget() {
    const outcome = await edits.startTargetFromToday()
    tell(outcome, t('teammap.announce.targetStarted'))
    setAfterUndo(ADD_TEAM_ID)
    focusLater(outcome.ok ? UNDO_ID : ADD_TEAM_ID)
    requestAnimationFrame(() =>
      requestAnimationFrame(() => void flow.fitView({ ...FIT_OPTIONS, duration: 250 })),
    )
  }

  return {
    editing,
    notice,
    spoken,
    selectedTeam,
    setSelectedTeam,
    open,
    close,
    saved,
    remove,
    undo,
    move,
    autoLayout,
    startTarget,
    dismiss: () => {
      setNotice(null)
      focusLater(ADD_TEAM_ID)
    },
  }
}
