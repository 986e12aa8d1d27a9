/**
 * What a session file's team maps must get right beyond each element's shape: ids that follow
 * from their keys, each map holding together (teamMapProblem, worded here for a person), teams
 * linked only to lenses of the template, and bets naming only teams that are on a map.
 */
import {
  MAP_SIDES,
  mapElementId,
  teamMapOf,
  type MapElement,
  type MapElementKind,
  type MapSide,
  type TeamMap,
  type TeamMapProblem,
  type WorkshopSnapshot,
} from '../domain'
import { teamMapProblem } from '../domain/teamMap/mapChecks'
import type { Say } from './refusalWords'

const LIST_OF: Record<MapElementKind, keyof TeamMap> = {
  team: 'teams',
  interaction: 'interactions',
  ritual: 'rituals',
  artifact: 'artifacts',
}

/**
 * The file position of the element a problem names: problems count within one kind of one side
 * in key order (teamMapOf's), and for a repeated key the later element is the one to name.
 */
function fileIndex(
  elements: readonly MapElement[],
  side: MapSide,
  kind: MapElementKind,
  key: string,
): number {
  let found = -1
  for (const [i, e] of elements.entries())
    if (e.side === side && e.kind === kind && e.key === key) found = i
  return found
}

function sentence(
  say: Say,
  elements: readonly MapElement[],
  map: TeamMap,
  side: MapSide,
  problem: TeamMapProblem,
): string {
  const words = say.words.map
  const where = words.sides[side]
  if (problem.code === 'tooMany')
    return say.sentence(words.tooMany, {
      map: where.one,
      count: say.count(problem.count),
      kinds: words.kinds[problem.kind].many,
      max: say.count(problem.max),
    })
  const kind: MapElementKind =
    problem.code === 'duplicateKey'
      ? problem.kind
      : problem.code === 'duplicateTeamName'
        ? 'team'
        : problem.code === 'unknownAttendee'
          ? 'ritual'
          : problem.code === 'unknownOwner'
            ? 'artifact'
            : 'interaction'
  const entry = map[LIST_OF[kind]][problem.index]!
  const values = {
    place: say.place(['mapElements', fileIndex(elements, side, kind, entry.key)]),
    inMap: where.in,
  }
  switch (problem.code) {
    case 'duplicateKey':
      return say.sentence(words.duplicateKey, { ...values, another: words.kinds[kind].another })
    case 'duplicateTeamName': {
      const name = say.value((entry as TeamMap['teams'][number]).name)
      return say.sentence(words.duplicateTeamName, { ...values, name })
    }
    case 'unknownTeam':
      return say.sentence(
        problem.field === 'from' ? words.unknownTeamFrom : words.unknownTeamTo,
        values,
      )
    case 'selfInteraction':
    case 'duplicateInteraction':
    case 'unknownAttendee':
    case 'unknownOwner':
      return say.sentence(words[problem.code], values)
  }
}

/** The first problem of the file's maps, as a sentence, or null. */
export function mapProblem(say: Say, snapshot: WorkshopSnapshot): string | null {
  const { workshop, mapElements } = snapshot
  const words = say.words.map
  for (const [index, e] of mapElements.entries())
    if (e.id !== mapElementId(workshop.id, e.side, e.kind, e.key))
      return say.sentence(say.words.records.wrongId, { place: say.place(['mapElements', index]) })
  for (const side of MAP_SIDES) {
    const map = teamMapOf(mapElements, side)
    const problem = teamMapProblem(map)
    if (problem !== null) return sentence(say, mapElements, map, side, problem)
  }
  const lenses = new Set(workshop.template.lenses.map((lens) => lens.id))
  for (const [index, e] of mapElements.entries()) {
    if (e.kind !== 'team') continue
    const unknown = e.lensIds.find((lensId) => !lenses.has(lensId))
    if (unknown !== undefined)
      return say.sentence(words.teamUnknownLens, {
        place: say.place(['mapElements', index]),
        lens: say.value(unknown),
      })
  }
  const teams = new Set(mapElements.filter((e) => e.kind === 'team').map((e) => e.key))
  for (const [index, bet] of snapshot.bets.entries())
    if (bet.teamKeys.some((key) => !teams.has(key)))
      return say.sentence(words.betUnknownTeam, { place: say.place(['bets', index]) })
  return null
}
