/**
 * The team map section of the report: both maps as the room left them (to be drawn), a table of
 * their teams by name, their rituals and artifacts with team names resolved, and the diff from
 * today to the target once a target exists. The whole section is null when neither map has
 * anything on it, so the summary leaves it out.
 */
import {
  diffTeamMaps,
  emptyTeamMap,
  teamMapOf,
  teamsByName,
  type ArtifactKind,
  type FundingModel,
  type MapElement,
  type MapSide,
  type TeamMap,
  type TeamMapDiff,
  type TeamType,
  type Template,
} from '../domain'

export interface ReportMapTeam {
  key: string
  name: string
  type: TeamType
  scope: string
  size: number | null
  funding: FundingModel
}

export interface ReportMapRitual {
  key: string
  name: string
  cadence: string
  /** Names of the attending teams, by name. */
  attendees: string[]
}

export interface ReportMapArtifact {
  key: string
  name: string
  kind: ArtifactKind
  /** The owning team's name, or null when no team owns it. */
  owner: string | null
}

export interface ReportMapSide {
  side: MapSide
  /** What the drawing draws: the map as stored, positions included. */
  map: TeamMap
  /** By name, as a reader looks one up. */
  teams: ReportMapTeam[]
  rituals: ReportMapRitual[]
  artifacts: ReportMapArtifact[]
}

export interface ReportTeamMap {
  /** Null when that map has nothing on it. */
  today: ReportMapSide | null
  target: ReportMapSide | null
  /** Today to target; null until the target has something on it (there is nothing to compare). */
  diff: TeamMapDiff | null
  /** Lens id to title, for a team whose linked lenses changed. */
  lensTitles: Record<string, string>
}

function sideOf(elements: readonly MapElement[], side: MapSide): ReportMapSide | null {
  const map = teamMapOf(elements, side)
  const count =
    map.teams.length + map.interactions.length + map.rituals.length + map.artifacts.length
  if (count === 0) return null
  const names = new Map(map.teams.map((team) => [team.key, team.name]))
  // A reference to a team that is not on the map cannot come from a valid map; it is left out
  // rather than printed as a key the reader could not place.
  const nameOf = (key: string) => names.get(key)
  return {
    side,
    map,
    teams: teamsByName(map.teams).map(({ key, name, type, scope, size, funding }) => ({
      key,
      name,
      type,
      scope,
      size,
      funding,
    })),
    rituals: teamsByName(map.rituals).map(({ key, name, cadence, attendees }) => ({
      key,
      name,
      cadence,
      attendees: attendees
        .flatMap((k) => {
          const name = nameOf(k)
          return name === undefined ? [] : [name]
        })
        .sort((a, b) => a.localeCompare(b)),
    })),
    artifacts: teamsByName(map.artifacts).map(({ key, name, artifactKind, owner }) => ({
      key,
      name,
      kind: artifactKind,
      owner: owner === null ? null : (nameOf(owner) ?? null),
    })),
  }
}

export function reportTeamMap(
  elements: readonly MapElement[],
  template: Pick<Template, 'lenses'>,
): ReportTeamMap | null {
  const today = sideOf(elements, 'today')
  const target = sideOf(elements, 'target')
  if (!today && !target) return null
  return {
    today,
    target,
    diff: target ? diffTeamMaps(today?.map ?? emptyTeamMap(), target.map) : null,
    lensTitles: Object.fromEntries(template.lenses.map((lens) => [lens.id, lens.title])),
  }
}
