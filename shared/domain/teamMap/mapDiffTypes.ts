/**
 * What changes from Today to Target, as data: for each kind of element, what was added, what was
 * removed, and what stayed but changed (with the aspects that changed, named). Built by
 * diffTeamMaps, undone by nothing: applyTeamMapDiff(today, diff) gives the target back.
 */
import type { MapArtifactEntry, MapInteractionEntry, MapRitualEntry, MapTeamEntry } from './teamMap'

/** Aspects of a team the room talks about; 'position' only says it was moved on the canvas. */
export const TEAM_ASPECTS = [
  'name',
  'type',
  'scope',
  'size',
  'funding',
  'note',
  'lenses',
  'position',
] as const
export type TeamAspect = (typeof TEAM_ASPECTS)[number]

export const INTERACTION_ASPECTS = ['mode', 'purpose', 'ends'] as const
export type InteractionAspect = (typeof INTERACTION_ASPECTS)[number]

export const RITUAL_ASPECTS = ['name', 'cadence', 'attendees'] as const
export type RitualAspect = (typeof RITUAL_ASPECTS)[number]

export const ARTIFACT_ASPECTS = ['name', 'kind', 'owner'] as const
export type ArtifactAspect = (typeof ARTIFACT_ASPECTS)[number]

export interface Changed<T, A> {
  key: string
  before: T
  after: T
  /** In the order of the aspect list above; never empty. */
  aspects: A[]
}

export interface ElementDiff<T, A> {
  /** Each list by key. */
  added: T[]
  removed: T[]
  changed: Changed<T, A>[]
}

export interface TeamMapDiff {
  teams: ElementDiff<MapTeamEntry, TeamAspect>
  interactions: ElementDiff<MapInteractionEntry, InteractionAspect>
  rituals: ElementDiff<MapRitualEntry, RitualAspect>
  artifacts: ElementDiff<MapArtifactEntry, ArtifactAspect>
}
