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
import { capitalise, count, describePath, describeValue } from './sessionErrors'

const LIST_OF: Record<MapElementKind, keyof TeamMap> = {
  team: 'teams',
  interaction: 'interactions',
  ritual: 'rituals',
  artifact: 'artifacts',
}

const KIND_WORDS: Record<MapElementKind, [one: string, many: string]> = {
  team: ['team', 'teams'],
  interaction: ['interaction', 'interactions'],
  ritual: ['ritual', 'rituals'],
  artifact: ['artifact', 'artifacts'],
}

const SIDE_WORDS: Record<MapSide, string> = { today: "today's map", target: 'the target map' }

const place = (index: number) => capitalise(describePath(['mapElements', index]))

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
  elements: readonly MapElement[],
  map: TeamMap,
  side: MapSide,
  problem: TeamMapProblem,
): string {
  const where = SIDE_WORDS[side]
  if (problem.code === 'tooMany') {
    const [, many] = KIND_WORDS[problem.kind]
    return `${capitalise(where)} has ${count(problem.count)} ${many}; at most ${count(problem.max)} fit on one map.`
  }
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
  const at = place(fileIndex(elements, side, kind, entry.key))
  switch (problem.code) {
    case 'duplicateKey':
      return `${at} has the same key as another ${KIND_WORDS[kind][0]} in ${where}; each needs its own.`
    case 'duplicateTeamName':
      return `${at} is a second team called ${describeValue((entry as TeamMap['teams'][number]).name)} in ${where}; each team needs its own name.`
    case 'unknownTeam':
      return `${at} is an interaction ${problem.field === 'from' ? 'from' : 'to'} a team that is not in ${where}.`
    case 'selfInteraction':
      return `${at} is an interaction that starts and ends on the same team.`
    case 'duplicateInteraction':
      return `${at} repeats another interaction between the same two teams in the same mode.`
    case 'unknownAttendee':
      return `${at} is a ritual attended by a team that is not in ${where}.`
    case 'unknownOwner':
      return `${at} is an artifact owned by a team that is not in ${where}.`
  }
}

/** The first problem of the file's maps, as a sentence, or null. */
export function mapProblem(snapshot: WorkshopSnapshot): string | null {
  const { workshop, mapElements } = snapshot
  for (const [index, e] of mapElements.entries())
    if (e.id !== mapElementId(workshop.id, e.side, e.kind, e.key))
      return `${place(index)} has an id that does not match what it is about; the file was probably edited by hand.`
  for (const side of MAP_SIDES) {
    const map = teamMapOf(mapElements, side)
    const problem = teamMapProblem(map)
    if (problem !== null) return sentence(mapElements, map, side, problem)
  }
  const lenses = new Set(workshop.template.lenses.map((lens) => lens.id))
  for (const [index, e] of mapElements.entries()) {
    if (e.kind !== 'team') continue
    const unknown = e.lensIds.find((lensId) => !lenses.has(lensId))
    if (unknown !== undefined)
      return `${place(index)} links a team to the lens ${describeValue(unknown)}, which is not in the workshop's template.`
  }
  const teams = new Set(mapElements.filter((e) => e.kind === 'team').map((e) => e.key))
  for (const [index, bet] of snapshot.bets.entries())
    if (bet.teamKeys.some((key) => !teams.has(key)))
      return `${capitalise(describePath(['bets', index]))} names a team that is on neither map.`
  return null
}
