/**
 * Whether one side of a team map holds together: counts within MAP_LIMITS, keys unique, every
 * reference naming a team that is on the map. The answer is a code with the place it was found,
 * not a sentence: session-file checks word it for a person, the store refuses the edit.
 *
 * Field contents (lengths, enum values, coordinates) are the schema's to check; this owns the
 * rules that need the whole map in view.
 */
import { MAP_LIMITS, type MapElementKind, type TeamMap } from './teamMap'

export type TeamMapProblem =
  | { code: 'tooMany'; kind: MapElementKind; count: number; max: number }
  /** `index` is the later of the two elements that share a key, in its own list. */
  | { code: 'duplicateKey'; kind: MapElementKind; index: number }
  /** Names compared trimmed and case-folded: "Payments" and " payments" read as one team. */
  | { code: 'duplicateTeamName'; index: number }
  | { code: 'unknownTeam'; kind: 'interaction'; index: number; field: 'from' | 'to' }
  | { code: 'selfInteraction'; index: number }
  /** Same from, to and mode: two arrows that say one thing. */
  | { code: 'duplicateInteraction'; index: number }
  | { code: 'unknownAttendee'; index: number }
  | { code: 'unknownOwner'; index: number }

export type TeamMapProblemCode = TeamMapProblem['code']

const LIST_OF: Record<MapElementKind, keyof TeamMap> = {
  team: 'teams',
  interaction: 'interactions',
  ritual: 'rituals',
  artifact: 'artifacts',
}

const MAX_OF: Record<MapElementKind, number> = {
  team: MAP_LIMITS.maxTeams,
  interaction: MAP_LIMITS.maxInteractions,
  ritual: MAP_LIMITS.maxRituals,
  artifact: MAP_LIMITS.maxArtifacts,
}

/** Checked in this order, so that references are only followed once keys mean one thing each. */
const KINDS: readonly MapElementKind[] = ['team', 'interaction', 'ritual', 'artifact']

/** Index of the first element whose identity an earlier element already had, or -1. */
function firstRepeat<T>(items: readonly T[], identity: (item: T) => string): number {
  const seen = new Set<string>()
  for (const [i, item] of items.entries()) {
    const id = identity(item)
    if (seen.has(id)) return i
    seen.add(id)
  }
  return -1
}

/** toLowerCase, not toLocaleLowerCase: the answer must not depend on the machine's locale. */
export const teamNameIdentity = (name: string): string => name.trim().toLowerCase()

/** The first problem found, or null when the map holds together. */
export function teamMapProblem(map: TeamMap): TeamMapProblem | null {
  // Counts first: a file meant to choke the app is refused before anything walks it.
  for (const kind of KINDS) {
    const count = map[LIST_OF[kind]].length
    if (count > MAX_OF[kind]) return { code: 'tooMany', kind, count, max: MAX_OF[kind] }
  }
  for (const kind of KINDS) {
    const index = firstRepeat<{ key: string }>(map[LIST_OF[kind]], (e) => e.key)
    if (index >= 0) return { code: 'duplicateKey', kind, index }
  }

  const nameRepeat = firstRepeat(map.teams, (t) => teamNameIdentity(t.name))
  if (nameRepeat >= 0) return { code: 'duplicateTeamName', index: nameRepeat }

  const teamKeys = new Set(map.teams.map((t) => t.key))
  for (const [index, interaction] of map.interactions.entries()) {
    for (const field of ['from', 'to'] as const)
      if (!teamKeys.has(interaction[field]))
        return { code: 'unknownTeam', kind: 'interaction', index, field }
    if (interaction.from === interaction.to) return { code: 'selfInteraction', index }
  }
  // JSON of the triple: no separator character a key could contain can make two triples meet.
  const arrowRepeat = firstRepeat(map.interactions, (i) => JSON.stringify([i.from, i.to, i.mode]))
  if (arrowRepeat >= 0) return { code: 'duplicateInteraction', index: arrowRepeat }

  for (const [index, ritual] of map.rituals.entries())
    if (ritual.attendees.some((key) => !teamKeys.has(key)))
      return { code: 'unknownAttendee', index }

  for (const [index, artifact] of map.artifacts.entries())
    if (artifact.owner !== null && !teamKeys.has(artifact.owner))
      return { code: 'unknownOwner', index }

  return null
}
