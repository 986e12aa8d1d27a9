/**
 * What a facilitator types into the map's forms, and how it is checked before anything is stored:
 * texts trimmed and within MAP_LIMITS, names present and unique in their map, references to teams
 * that are on the map. Errors are codes per field; the renderer words them.
 */
import type { LensId } from '../lens'
import { teamNameIdentity } from './mapChecks'
import {
  MAP_LIMITS,
  type ArtifactFields,
  type InteractionFields,
  type RitualFields,
  type TeamFields,
  type TeamMap,
} from './teamMap'

export interface TeamDraftErrors {
  name?: 'required' | 'tooLong' | 'duplicate'
  scope?: 'tooLong'
  note?: 'tooLong'
  size?: 'invalid'
  lensIds?: 'unknownLens'
  map?: 'tooMany'
}

export interface InteractionDraftErrors {
  ends?: 'sameTeam' | 'unknownTeam' | 'duplicate'
  purpose?: 'tooLong'
  map?: 'tooMany'
}

export interface RitualDraftErrors {
  name?: 'required' | 'tooLong'
  cadence?: 'tooLong'
  attendees?: 'unknownTeam'
  map?: 'tooMany'
}

export interface ArtifactDraftErrors {
  name?: 'required' | 'tooLong'
  owner?: 'unknownTeam'
  map?: 'tooMany'
}

export type DraftValidation<T, E> = { ok: true; value: T } | { ok: false; errors: E }

function outcome<T, E extends object>(value: T, errors: E): DraftValidation<T, E> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}

export const emptyTeamDraft = (): TeamFields => ({
  name: '',
  type: 'stream-aligned',
  scope: '',
  size: null,
  funding: 'stable-team',
  note: '',
  lensIds: [],
})

function nameProblem(name: string): 'required' | 'tooLong' | undefined {
  if (name === '') return 'required'
  if (name.length > MAP_LIMITS.nameMaxLength) return 'tooLong'
  return undefined
}

/**
 * A team as it would be stored in `map` (where `key`, when given, is the team being edited).
 * Lens ids keep the template's order, so ticking lenses in any order stores the same list.
 */
export function validateTeamDraft(
  draft: TeamFields,
  map: TeamMap,
  lensOrder: readonly LensId[],
  key?: string,
): DraftValidation<TeamFields, TeamDraftErrors> {
  const errors: TeamDraftErrors = {}
  const value: TeamFields = {
    ...draft,
    name: draft.name.trim().replace(/\s+/g, ' '),
    scope: draft.scope.trim(),
    note: draft.note.trim(),
    lensIds: lensOrder.filter((id) => draft.lensIds.includes(id)),
  }
  const name = nameProblem(value.name)
  if (name) errors.name = name
  else if (
    map.teams.some(
      (t) => t.key !== key && teamNameIdentity(t.name) === teamNameIdentity(value.name),
    )
  )
    errors.name = 'duplicate'
  if (value.scope.length > MAP_LIMITS.scopeMaxLength) errors.scope = 'tooLong'
  if (value.note.length > MAP_LIMITS.noteMaxLength) errors.note = 'tooLong'
  if (
    value.size !== null &&
    (!Number.isInteger(value.size) || value.size < 1 || value.size > MAP_LIMITS.maxTeamSize)
  )
    errors.size = 'invalid'
  if (draft.lensIds.some((id) => !lensOrder.includes(id))) errors.lensIds = 'unknownLens'
  if (key === undefined && map.teams.length >= MAP_LIMITS.maxTeams) errors.map = 'tooMany'
  return outcome(value, errors)
}

export function validateInteractionDraft(
  draft: InteractionFields,
  map: TeamMap,
  key?: string,
): DraftValidation<InteractionFields, InteractionDraftErrors> {
  const errors: InteractionDraftErrors = {}
  const value: InteractionFields = { ...draft, purpose: draft.purpose.trim() }
  const teams = new Set(map.teams.map((t) => t.key))
  if (!teams.has(value.from) || !teams.has(value.to)) errors.ends = 'unknownTeam'
  else if (value.from === value.to) errors.ends = 'sameTeam'
  else if (
    map.interactions.some(
      (i) => i.key !== key && i.from === value.from && i.to === value.to && i.mode === value.mode,
    )
  )
    errors.ends = 'duplicate'
  if (value.purpose.length > MAP_LIMITS.purposeMaxLength) errors.purpose = 'tooLong'
  if (key === undefined && map.interactions.length >= MAP_LIMITS.maxInteractions)
    errors.map = 'tooMany'
  return outcome(value, errors)
}

/** Attendees keep the map's team order (by key), so the same choice is stored the same way. */
export function validateRitualDraft(
  draft: RitualFields,
  map: TeamMap,
  key?: string,
): DraftValidation<RitualFields, RitualDraftErrors> {
  const errors: RitualDraftErrors = {}
  const teams = map.teams.map((t) => t.key)
  const value: RitualFields = {
    name: draft.name.trim().replace(/\s+/g, ' '),
    cadence: draft.cadence.trim(),
    attendees: teams.filter((k) => draft.attendees.includes(k)),
  }
  const name = nameProblem(value.name)
  if (name) errors.name = name
  if (value.cadence.length > MAP_LIMITS.cadenceMaxLength) errors.cadence = 'tooLong'
  if (draft.attendees.some((k) => !teams.includes(k))) errors.attendees = 'unknownTeam'
  if (key === undefined && map.rituals.length >= MAP_LIMITS.maxRituals) errors.map = 'tooMany'
  return outcome(value, errors)
}

export function validateArtifactDraft(
  draft: ArtifactFields,
  map: TeamMap,
  key?: string,
): DraftValidation<ArtifactFields, ArtifactDraftErrors> {
  const errors: ArtifactDraftErrors = {}
  const value: ArtifactFields = { ...draft, name: draft.name.trim().replace(/\s+/g, ' ') }
  const name = nameProblem(value.name)
  if (name) errors.name = name
  if (value.owner !== null && !map.teams.some((t) => t.key === value.owner))
    errors.owner = 'unknownTeam'
  if (key === undefined && map.artifacts.length >= MAP_LIMITS.maxArtifacts) errors.map = 'tooMany'
  return outcome(value, errors)
}

/** Grid cells for new teams: wide enough for the widest shape with room for a line between. */
const CELL = { width: 260, height: 150 }
const COLUMNS = 5

/**
 * Where a new team goes when the facilitator did not say: the first cell of a five-wide grid that
 * no team's top-left corner is in, so a team added by keyboard never lands on another.
 */
export function freeSpot(map: TeamMap): { x: number; y: number } {
  const taken = new Set(
    map.teams.map((t) => `${Math.floor(t.x / CELL.width)}:${Math.floor(t.y / CELL.height)}`),
  )
  for (let cell = 0; ; cell++) {
    const column = cell % COLUMNS
    const row = Math.floor(cell / COLUMNS)
    if (!taken.has(`${column}:${row}`)) return { x: column * CELL.width, y: row * CELL.height }
  }
}
