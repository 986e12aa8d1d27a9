/**
 * The team map: the operating model drawn as teams, the interactions between them, and the
 * rituals and artifacts they live by, once as it is today and once as the room wants it.
 *
 * Every element is one record with a `key` that names the thing itself and is shared by both
 * maps: "Start the target from today" copies today's elements under the same keys, so the diff
 * knows which team is which however much either map changes afterwards. Cross references
 * (interaction ends, attendees, owners, a bet's teams) use keys, never record ids.
 */
import type { LensId } from '../lens'
import { idPart } from '../rating'

export const MAP_SIDES = ['today', 'target'] as const
export type MapSide = (typeof MAP_SIDES)[number]

/** The four Team Topologies types, and "other" for what fits none of them. */
export const TEAM_TYPES = [
  'stream-aligned',
  'platform',
  'enabling',
  'complicated-subsystem',
  'other',
] as const
export type TeamType = (typeof TEAM_TYPES)[number]

/** The three Team Topologies modes, and the two the method adds: embed and consult. */
export const INTERACTION_MODES = [
  'collaboration',
  'x-as-a-service',
  'facilitating',
  'embed',
  'consult',
] as const
export type InteractionMode = (typeof INTERACTION_MODES)[number]

export const FUNDING_MODELS = ['stable-team', 'project', 'mixed'] as const
export type FundingModel = (typeof FUNDING_MODELS)[number]

export const ARTIFACT_KINDS = ['strategy', 'roadmap', 'bet-brief', 'other'] as const
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number]

export const MAP_ELEMENT_KINDS = ['team', 'interaction', 'ritual', 'artifact'] as const
export type MapElementKind = (typeof MAP_ELEMENT_KINDS)[number]

/** What a team is, apart from where it stands on the canvas. */
export interface TeamFields {
  name: string
  type: TeamType
  /** What it owns: an outcome, a domain, a customer journey. */
  scope: string
  /** People in the team; null when not known. */
  size: number | null
  funding: FundingModel
  note: string
  /** Lenses this team speaks to (the product team lens, say); ids of the workshop's template. */
  lensIds: LensId[]
}

export interface InteractionFields {
  /** Team keys. An interaction is drawn from one team to another; the two are never the same. */
  from: string
  to: string
  mode: InteractionMode
  purpose: string
}

export interface RitualFields {
  name: string
  /** "Every two weeks", "Quarterly": the room's own words. */
  cadence: string
  /** Keys of the teams that attend. */
  attendees: string[]
}

export interface ArtifactFields {
  name: string
  artifactKind: ArtifactKind
  /** Key of the team that owns it, or null when no team does. */
  owner: string | null
}

/** Where a team stands on the canvas, in canvas units. Not part of what the diff reports. */
export interface CanvasPosition {
  x: number
  y: number
}

interface ElementRecord {
  /** mapElementId(workshopId, side, kind, key): one record per thing per map. */
  id: string
  workshopId: string
  side: MapSide
  key: string
  updatedAt: number
}

export interface MapTeam extends ElementRecord, TeamFields, CanvasPosition {
  kind: 'team'
}
export interface MapInteraction extends ElementRecord, InteractionFields {
  kind: 'interaction'
}
export interface MapRitual extends ElementRecord, RitualFields {
  kind: 'ritual'
}
export interface MapArtifact extends ElementRecord, ArtifactFields {
  kind: 'artifact'
}

export type MapElement = MapTeam | MapInteraction | MapRitual | MapArtifact

/** A map without its storage: what the diff compares, keyed elements of one side. */
export interface TeamMap {
  teams: (TeamFields & CanvasPosition & { key: string })[]
  interactions: (InteractionFields & { key: string })[]
  rituals: (RitualFields & { key: string })[]
  artifacts: (ArtifactFields & { key: string })[]
}

export type MapTeamEntry = TeamMap['teams'][number]
export type MapInteractionEntry = TeamMap['interactions'][number]
export type MapRitualEntry = TeamMap['rituals'][number]
export type MapArtifactEntry = TeamMap['artifacts'][number]

/** Far more than a real organisation draws, far fewer than a file meant to choke the canvas. */
export const MAP_LIMITS = {
  maxTeams: 200,
  maxInteractions: 600,
  maxRituals: 100,
  maxArtifacts: 200,
  nameMaxLength: 80,
  scopeMaxLength: 300,
  noteMaxLength: 1000,
  purposeMaxLength: 200,
  cadenceMaxLength: 80,
  maxTeamSize: 500,
  /** The canvas is large but finite: a position beyond this is a file edited by hand. */
  maxCoordinate: 1_000_000,
} as const

/**
 * Keys are unique within one kind of one map; the kind is part of the id so that a team and a
 * ritual that happen to share a key (a file edited by hand) are still two records.
 */
export function mapElementId(
  workshopId: string,
  side: MapSide,
  kind: MapElementKind,
  key: string,
): string {
  return `${idPart(workshopId)}:map:${side}:${kind}:${idPart(key)}`
}

export const emptyTeamMap = (): TeamMap => ({
  teams: [],
  interactions: [],
  rituals: [],
  artifacts: [],
})

/** One side of the stored elements as a map, each list in a stable order (by key). */
export function teamMapOf(elements: readonly MapElement[], side: MapSide): TeamMap {
  const map = emptyTeamMap()
  for (const element of elements) {
    if (element.side !== side) continue
    switch (element.kind) {
      case 'team': {
        const { id: _i, workshopId: _w, side: _s, updatedAt: _u, kind: _k, ...team } = element
        map.teams.push(team)
        break
      }
      case 'interaction': {
        const {
          id: _i,
          workshopId: _w,
          side: _s,
          updatedAt: _u,
          kind: _k,
          ...interaction
        } = element
        map.interactions.push(interaction)
        break
      }
      case 'ritual': {
        const { id: _i, workshopId: _w, side: _s, updatedAt: _u, kind: _k, ...ritual } = element
        map.rituals.push(ritual)
        break
      }
      case 'artifact': {
        const { id: _i, workshopId: _w, side: _s, updatedAt: _u, kind: _k, ...artifact } = element
        map.artifacts.push(artifact)
        break
      }
    }
  }
  const byKey = (a: { key: string }, b: { key: string }) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  map.teams.sort(byKey)
  map.interactions.sort(byKey)
  map.rituals.sort(byKey)
  map.artifacts.sort(byKey)
  return map
}

/**
 * The order a person reads stored elements in (a saved file, a backup): today's map before the
 * target, teams before what connects them, then by key, so equal maps always read alike.
 */
export function compareMapElements(a: MapElement, b: MapElement): number {
  return (
    MAP_SIDES.indexOf(a.side) - MAP_SIDES.indexOf(b.side) ||
    MAP_ELEMENT_KINDS.indexOf(a.kind) - MAP_ELEMENT_KINDS.indexOf(b.kind) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/** The teams of one side, for lists: by name as a person reads them, then by key. */
export function teamsByName<T extends { name: string; key: string }>(teams: readonly T[]): T[] {
  return [...teams].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
}
