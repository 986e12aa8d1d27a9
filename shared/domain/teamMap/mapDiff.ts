/**
 * The diff of a team map, Today to Target, and its inverse direction: diffTeamMaps says what was
 * added, removed and changed (aspect by aspect), applyTeamMapDiff plays it forward, and the
 * summaries say how much of it the room would talk about.
 *
 * Elements are matched by key, never by name or position: "Start the target from today" copies
 * keys, so a renamed team is the same team. Both functions expect a valid map (teamMapProblem
 * null); with duplicate keys the last element of a key is the one compared.
 */
import {
  ARTIFACT_ASPECTS,
  INTERACTION_ASPECTS,
  RITUAL_ASPECTS,
  TEAM_ASPECTS,
  type ArtifactAspect,
  type Changed,
  type ElementDiff,
  type InteractionAspect,
  type RitualAspect,
  type TeamAspect,
  type TeamMapDiff,
} from './mapDiffTypes'
import type {
  MapArtifactEntry,
  MapInteractionEntry,
  MapRitualEntry,
  MapTeamEntry,
  TeamMap,
} from './teamMap'

type Keyed = { key: string }

/** Code-unit order, as teamMapOf sorts: localeCompare would differ between machines. */
function byKey(a: Keyed, b: Keyed): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/**
 * Object.is rather than ===: apply must give back the target exactly, and 0 and -0 (which ===
 * calls equal) are not the same value to a deep equality.
 */
const same = (a: unknown, b: unknown): boolean => Object.is(a, b)

/**
 * Lists are compared element by element, order included. Lens ids and attendees mean sets, but
 * a reorder that is not a change would leave the team out of `changed`, and applying the diff
 * would then keep today's order: the target would not come back exactly. Counting the reorder
 * as a change keeps both promises (apply reproduces the target; every named aspect really
 * differs). Editors keep these lists in one stable order, so a reorder alone does not happen
 * from the UI; it can only come from a file edited by hand, where reporting it is honest.
 */
function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]))
}

/** One test per aspect; a Record so a new aspect in the list cannot go without one. */
type Differs<T, A extends string> = Record<A, (before: T, after: T) => boolean>

const teamDiffers: Differs<MapTeamEntry, TeamAspect> = {
  name: (a, b) => !same(a.name, b.name),
  type: (a, b) => !same(a.type, b.type),
  scope: (a, b) => !same(a.scope, b.scope),
  size: (a, b) => !same(a.size, b.size),
  funding: (a, b) => !same(a.funding, b.funding),
  note: (a, b) => !same(a.note, b.note),
  lenses: (a, b) => !sameList(a.lensIds, b.lensIds),
  position: (a, b) => !same(a.x, b.x) || !same(a.y, b.y),
}

const interactionDiffers: Differs<MapInteractionEntry, InteractionAspect> = {
  mode: (a, b) => !same(a.mode, b.mode),
  purpose: (a, b) => !same(a.purpose, b.purpose),
  ends: (a, b) => !same(a.from, b.from) || !same(a.to, b.to),
}

const ritualDiffers: Differs<MapRitualEntry, RitualAspect> = {
  name: (a, b) => !same(a.name, b.name),
  cadence: (a, b) => !same(a.cadence, b.cadence),
  attendees: (a, b) => !sameList(a.attendees, b.attendees),
}

const artifactDiffers: Differs<MapArtifactEntry, ArtifactAspect> = {
  name: (a, b) => !same(a.name, b.name),
  kind: (a, b) => !same(a.artifactKind, b.artifactKind),
  owner: (a, b) => !same(a.owner, b.owner),
}

function diffElements<T extends Keyed, A extends string>(
  today: readonly T[],
  target: readonly T[],
  order: readonly A[],
  differs: Differs<T, A>,
): ElementDiff<T, A> {
  const todayByKey = new Map(today.map((e) => [e.key, e]))
  const targetByKey = new Map(target.map((e) => [e.key, e]))
  const added = [...targetByKey.values()].filter((e) => !todayByKey.has(e.key))
  const removed = [...todayByKey.values()].filter((e) => !targetByKey.has(e.key))
  const changed: Changed<T, A>[] = []
  for (const before of todayByKey.values()) {
    const after = targetByKey.get(before.key)
    if (!after) continue
    const aspects = order.filter((aspect) => differs[aspect](before, after))
    if (aspects.length > 0) changed.push({ key: before.key, before, after, aspects })
  }
  return { added: added.sort(byKey), removed: removed.sort(byKey), changed: changed.sort(byKey) }
}

export function diffTeamMaps(today: TeamMap, target: TeamMap): TeamMapDiff {
  return {
    teams: diffElements(today.teams, target.teams, TEAM_ASPECTS, teamDiffers),
    interactions: diffElements(
      today.interactions,
      target.interactions,
      INTERACTION_ASPECTS,
      interactionDiffers,
    ),
    rituals: diffElements(today.rituals, target.rituals, RITUAL_ASPECTS, ritualDiffers),
    artifacts: diffElements(today.artifacts, target.artifacts, ARTIFACT_ASPECTS, artifactDiffers),
  }
}

/**
 * Works on keys only, so a diff played on a map other than its own does what it names and no
 * more: removing a key that is not there is nothing, a changed key that is not there is added.
 */
function applyElements<T extends Keyed, A>(today: readonly T[], diff: ElementDiff<T, A>): T[] {
  const byKeyMap = new Map(today.map((e) => [e.key, e]))
  for (const e of diff.removed) byKeyMap.delete(e.key)
  for (const c of diff.changed) byKeyMap.set(c.key, c.after)
  for (const e of diff.added) byKeyMap.set(e.key, e)
  return [...byKeyMap.values()].sort(byKey)
}

export function applyTeamMapDiff(today: TeamMap, diff: TeamMapDiff): TeamMap {
  return {
    teams: applyElements(today.teams, diff.teams),
    interactions: applyElements(today.interactions, diff.interactions),
    rituals: applyElements(today.rituals, diff.rituals),
    artifacts: applyElements(today.artifacts, diff.artifacts),
  }
}

const DIFF_KINDS = ['teams', 'interactions', 'rituals', 'artifacts'] as const

/** True when applying the diff changes nothing at all, a team moved on the canvas included. */
export function isEmptyTeamMapDiff(diff: TeamMapDiff): boolean {
  return DIFF_KINDS.every(
    (kind) =>
      diff[kind].added.length === 0 &&
      diff[kind].removed.length === 0 &&
      diff[kind].changed.length === 0,
  )
}

/**
 * Changed teams the room discusses: a team only moved on the canvas is tidying, not a change to
 * the operating model. The entries keep 'position' among their aspects when a team was also
 * moved, so a list can still say so.
 */
export function meaningfulTeamChanges(diff: TeamMapDiff): Changed<MapTeamEntry, TeamAspect>[] {
  return diff.teams.changed.filter((c) => c.aspects.some((aspect) => aspect !== 'position'))
}

export interface DiffCounts {
  added: number
  removed: number
  changed: number
}

export type TeamMapDiffSummary = Record<keyof TeamMapDiff, DiffCounts>

/** How much changed, per kind; teams only moved on the canvas are not counted as changed. */
export function diffSummary(diff: TeamMapDiff): TeamMapDiffSummary {
  const counts = <T, A>(d: ElementDiff<T, A>, changed: number): DiffCounts => ({
    added: d.added.length,
    removed: d.removed.length,
    changed,
  })
  return {
    teams: counts(diff.teams, meaningfulTeamChanges(diff).length),
    interactions: counts(diff.interactions, diff.interactions.changed.length),
    rituals: counts(diff.rituals, diff.rituals.changed.length),
    artifacts: counts(diff.artifacts, diff.artifacts.changed.length),
  }
}
