/**
 * What the diff view, the projector's "changes" and the PDF agree on: whether there is anything
 * to compare yet, and the picture of the changes. That picture is the target map with what is
 * new or changed marked, plus today's removed teams and interactions drawn where they stood, so
 * a reader sees what goes away as well as what comes.
 */
import {
  diffSummary,
  diffTeamMaps,
  isEmptyTeamMapDiff,
  meaningfulTeamChanges,
  type TeamMap,
  type TeamMapDiff,
} from '@shared/domain'
import type { MapHighlight, MapHighlights } from '../drawing/TeamMapDrawing'

export type MapDiffState =
  | { kind: 'noMaps' }
  | { kind: 'noTarget' }
  /** Nothing differs; `moved` when teams were only moved on the canvas. */
  | { kind: 'same'; moved: boolean }
  | { kind: 'changes'; diff: TeamMapDiff; total: number }

export function isEmptyMap(map: TeamMap): boolean {
  return (
    map.teams.length + map.interactions.length + map.rituals.length + map.artifacts.length === 0
  )
}

/** How many changes the room talks about: moves on the canvas are not among them. */
export function changeCount(diff: TeamMapDiff): number {
  return Object.values(diffSummary(diff)).reduce(
    (sum, counts) => sum + counts.added + counts.removed + counts.changed,
    0,
  )
}

export function mapDiffState(today: TeamMap, target: TeamMap): MapDiffState {
  if (isEmptyMap(target)) return isEmptyMap(today) ? { kind: 'noMaps' } : { kind: 'noTarget' }
  const diff = diffTeamMaps(today, target)
  if (isEmptyTeamMapDiff(diff)) return { kind: 'same', moved: false }
  const total = changeCount(diff)
  return total === 0 ? { kind: 'same', moved: true } : { kind: 'changes', diff, total }
}

export interface DiffDrawing {
  map: TeamMap
  highlights: MapHighlights
}

export function diffDrawingOf(target: TeamMap, diff: TeamMapDiff): DiffDrawing {
  const teams: Record<string, MapHighlight> = {}
  const interactions: Record<string, MapHighlight> = {}
  for (const team of diff.teams.added) teams[team.key] = 'added'
  for (const change of meaningfulTeamChanges(diff)) teams[change.key] = 'changed'
  for (const team of diff.teams.removed) teams[team.key] = 'removed'
  for (const i of diff.interactions.added) interactions[i.key] = 'added'
  for (const change of diff.interactions.changed) interactions[change.key] = 'changed'
  for (const i of diff.interactions.removed) interactions[i.key] = 'removed'
  // Removed teams first, so the target's own teams are drawn over a ghost they overlap.
  const map: TeamMap = {
    ...target,
    teams: [...diff.teams.removed, ...target.teams],
    interactions: [...diff.interactions.removed, ...target.interactions],
  }
  return { map, highlights: { teams, interactions } }
}
