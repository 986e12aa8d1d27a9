/**
 * The edits of the team map as pure functions from the open workshop to record changes. Each
 * element is one record; removing a team also takes its lines, attendance and ownership in that
 * map (and, once it is on neither map, its place in bets), so one undo brings all of it back.
 */
import {
  mapElementId,
  teamMapOf,
  freeSpot,
  validateArtifactDraft,
  validateInteractionDraft,
  validateRitualDraft,
  validateTeamDraft,
  type ArtifactDraftErrors,
  type ArtifactFields,
  type CanvasPosition,
  type InteractionDraftErrors,
  type InteractionFields,
  type MapArtifact,
  type MapElement,
  type MapInteraction,
  type MapRitual,
  type MapSide,
  type MapTeam,
  type RitualDraftErrors,
  type RitualFields,
  type TeamDraftErrors,
  type TeamFields,
} from '@shared/domain'
import { change, type RecordChange, type RecordFactory } from '../../../db'
import type { SessionData } from '../sessionData'

export type KeyedResult<P> =
  { ok: true; key: string; changes: RecordChange[] } | { ok: false; problem: P }

type Kind = MapElement['kind']
type ElementOf<K extends Kind> = Extract<MapElement, { kind: K }>

function find<K extends Kind>(
  data: SessionData,
  side: MapSide,
  kind: K,
  key: string,
): ElementOf<K> | undefined {
  return data.mapElements.find(
    (e): e is ElementOf<K> => e.kind === kind && e.side === side && e.key === key,
  )
}

function record<K extends Kind, T extends object>(
  data: SessionData,
  side: MapSide,
  kind: K,
  key: string,
  now: number,
  fields: T,
) {
  return {
    id: mapElementId(data.workshop.id, side, kind, key),
    kind,
    workshopId: data.workshop.id,
    side,
    key,
    ...fields,
    updatedAt: now,
  }
}

const same = (a: object, b: object) =>
  Object.entries(a).every(
    ([k, v]) =>
      k === 'updatedAt' || JSON.stringify(v) === JSON.stringify((b as Record<string, unknown>)[k]),
  )

/** The edit of one element: nothing when it ends up as it was, else one change. */
function edited<T extends MapElement>(before: T, after: T): RecordChange[] {
  return same(after, before) ? [] : [change('mapElements', before, after)]
}

const lensOrder = (data: SessionData) => data.workshop.template.lenses.map((lens) => lens.id)

// Teams --------------------------------------------------------------------------------------

export function addTeam(
  data: SessionData,
  side: MapSide,
  draft: TeamFields,
  position: CanvasPosition | undefined,
  records: RecordFactory,
): KeyedResult<TeamDraftErrors> {
  const map = teamMapOf(data.mapElements, side)
  const validation = validateTeamDraft(draft, map, lensOrder(data))
  if (!validation.ok) return { ok: false, problem: validation.errors }
  const key = records.newId()
  const team: MapTeam = {
    ...record(data, side, 'team', key, records.now(), validation.value),
    ...(position ?? freeSpot(map)),
  }
  return { ok: true, key, changes: [change('mapElements', undefined, team)] }
}

export function updateTeam(
  data: SessionData,
  side: MapSide,
  key: string,
  patch: Partial<TeamFields>,
  records: RecordFactory,
): { ok: true; changes: RecordChange[] } | { ok: false; problem: TeamDraftErrors } {
  const before = find(data, side, 'team', key)
  if (!before) return { ok: true, changes: [] }
  const map = teamMapOf(data.mapElements, side)
  const validation = validateTeamDraft({ ...before, ...patch }, map, lensOrder(data), key)
  if (!validation.ok) return { ok: false, problem: validation.errors }
  return {
    ok: true,
    changes: edited(before, { ...before, ...validation.value, updatedAt: records.now() }),
  }
}

/** Positions are rounded to whole canvas units: a drag's fractions are not worth storing. */
export function moveTeams(
  data: SessionData,
  side: MapSide,
  positions: Readonly<Record<string, CanvasPosition>>,
  records: RecordFactory,
): RecordChange[] {
  const now = records.now()
  return Object.entries(positions).flatMap(([key, position]) => {
    const before = find(data, side, 'team', key)
    if (!before || !Number.isFinite(position.x) || !Number.isFinite(position.y)) return []
    const x = Math.round(position.x)
    const y = Math.round(position.y)
    return edited(before, { ...before, x, y, updatedAt: now })
  })
}

/** Bets keep only teams still on a map once `changes` are made. */
function betsWithoutGoneTeams(data: SessionData, changes: readonly RecordChange[]): RecordChange[] {
  const removed = new Set(
    changes.flatMap((c) =>
      c.table === 'mapElements' && c.after === undefined && c.before?.kind === 'team'
        ? [c.before.id]
        : [],
    ),
  )
  const added = changes.flatMap((c) =>
    c.table === 'mapElements' && c.after?.kind === 'team' ? [c.after.key] : [],
  )
  const remaining = new Set([
    ...data.mapElements.filter((e) => e.kind === 'team' && !removed.has(e.id)).map((e) => e.key),
    ...added,
  ])
  return data.bets.flatMap((bet) => {
    const teamKeys = bet.teamKeys.filter((k) => remaining.has(k))
    return teamKeys.length === bet.teamKeys.length
      ? []
      : [change('bets', bet, { ...bet, teamKeys })]
  })
}

export function removeTeam(
  data: SessionData,
  side: MapSide,
  key: string,
  records: RecordFactory,
): RecordChange[] {
  const team = find(data, side, 'team', key)
  if (!team) return []
  const now = records.now()
  const onSide = data.mapElements.filter((e) => e.side === side)
  const changes: RecordChange[] = []
  for (const e of onSide) {
    if (e.kind === 'interaction' && (e.from === key || e.to === key))
      changes.push(change('mapElements', e, undefined))
    if (e.kind === 'ritual' && e.attendees.includes(key))
      changes.push(
        change('mapElements', e, {
          ...e,
          attendees: e.attendees.filter((k) => k !== key),
          updatedAt: now,
        }),
      )
    if (e.kind === 'artifact' && e.owner === key)
      changes.push(change('mapElements', e, { ...e, owner: null, updatedAt: now }))
  }
  changes.push(change('mapElements', team, undefined))
  return [...changes, ...betsWithoutGoneTeams(data, changes)]
}

// Interactions, rituals, artifacts -----------------------------------------------------------

export function addInteraction(
  data: SessionData,
  side: MapSide,
  draft: InteractionFields,
  records: RecordFactory,
): KeyedResult<InteractionDraftErrors> {
  const validation = validateInteractionDraft(draft, teamMapOf(data.mapElements, side))
  if (!validation.ok) return { ok: false, problem: validation.errors }
  const key = records.newId()
  const element: MapInteraction = {
    ...record(data, side, 'interaction', key, records.now(), validation.value),
  }
  return { ok: true, key, changes: [change('mapElements', undefined, element)] }
}

export function updateInteraction(
  data: SessionData,
  side: MapSide,
  key: string,
  patch: Partial<InteractionFields>,
  records: RecordFactory,
): { ok: true; changes: RecordChange[] } | { ok: false; problem: InteractionDraftErrors } {
  const before = find(data, side, 'interaction', key)
  if (!before) return { ok: true, changes: [] }
  const map = teamMapOf(data.mapElements, side)
  const validation = validateInteractionDraft({ ...before, ...patch }, map, key)
  if (!validation.ok) return { ok: false, problem: validation.errors }
  return {
    ok: true,
    changes: edited(before, { ...before, ...validation.value, updatedAt: records.now() }),
  }
}

export function addRitual(
  data: SessionData,
  side: MapSide,
  draft: RitualFields,
  records: RecordFactory,
): KeyedResult<RitualDraftErrors> {
  const validation = validateRitualDraft(draft, teamMapOf(data.mapElements, side))
  if (!validation.ok) return { ok: false, problem: validation.errors }
  const key = records.newId()
  const element: MapRitual = {
    ...record(data, side, 'ritual', key, records.now(), validation.value),
  }
  return { ok: true, key, changes: [change('mapElements', undefined, element)] }
}

export function updateRitual(
  data: SessionData,
  side: MapSide,
  key: string,
  patch: Partial<RitualFields>,
  records: RecordFactory,
): { ok: true; changes: RecordChange[] } | { ok: false; problem: RitualDraftErrors } {
  const before = find(data, side, 'ritual', key)
  if (!before) return { ok: true, changes: [] }
  const map = teamMapOf(data.mapElements, side)
  const validation = validateRitualDraft({ ...before, ...patch }, map, key)
  if (!validation.ok) return { ok: false, problem: validation.errors }
  return {
    ok: true,
    changes: edited(before, { ...before, ...validation.value, updatedAt: records.now() }),
  }
}

export function addArtifact(
  data: SessionData,
  side: MapSide,
  draft: ArtifactFields,
  records: RecordFactory,
): KeyedResult<ArtifactDraftErrors> {
  const validation = validateArtifactDraft(draft, teamMapOf(data.mapElements, side))
  if (!validation.ok) return { ok: false, problem: validation.errors }
  const key = records.newId()
  const element: MapArtifact = {
    ...record(data, side, 'artifact', key, records.now(), validation.value),
  }
  return { ok: true, key, changes: [change('mapElements', undefined, element)] }
}

export function updateArtifact(
  data: SessionData,
  side: MapSide,
  key: string,
  patch: Partial<ArtifactFields>,
  records: RecordFactory,
): { ok: true; changes: RecordChange[] } | { ok: false; problem: ArtifactDraftErrors } {
  const before = find(data, side, 'artifact', key)
  if (!before) return { ok: true, changes: [] }
  const map = teamMapOf(data.mapElements, side)
  const validation = validateArtifactDraft({ ...before, ...patch }, map, key)
  if (!validation.ok) return { ok: false, problem: validation.errors }
  return {
    ok: true,
    changes: edited(before, { ...before, ...validation.value, updatedAt: records.now() }),
  }
}

/** An interaction, ritual or artifact: nothing refers to them, so they go alone. */
export function removeElement(
  data: SessionData,
  side: MapSide,
  kind: 'interaction' | 'ritual' | 'artifact',
  key: string,
): RecordChange[] {
  const before = find(data, side, kind, key)
  return before ? [change('mapElements', before, undefined)] : []
}

// The target from today ----------------------------------------------------------------------

/**
 * The target becomes a copy of today under the same keys, so the diff starts empty and then
 * shows exactly what the room changes. Whatever the target held before goes, in the same step.
 */
export function startTargetFromToday(data: SessionData, records: RecordFactory): RecordChange[] {
  const now = records.now()
  const today = new Map(
    data.mapElements.filter((e) => e.side === 'today').map((e) => [`${e.kind}:${e.key}`, e]),
  )
  const changes: RecordChange[] = []
  const targets = data.mapElements.filter((e) => e.side === 'target')
  for (const e of targets)
    if (!today.has(`${e.kind}:${e.key}`)) changes.push(change('mapElements', e, undefined))
  const targetByKey = new Map(targets.map((e) => [`${e.kind}:${e.key}`, e]))
  for (const [id, e] of today) {
    const copy = {
      ...structuredClone(e),
      id: mapElementId(data.workshop.id, 'target', e.kind, e.key),
      side: 'target' as const,
      updatedAt: now,
    }
    const before = targetByKey.get(id)
    if (before) changes.push(...edited(before, copy))
    else changes.push(change('mapElements', undefined, copy))
  }
  return [...changes, ...betsWithoutGoneTeams(data, changes)]
}
