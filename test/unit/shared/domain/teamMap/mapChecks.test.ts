/**
 * Whether a team map holds together: every generated map does, and each problem code is found,
 * with its place, in a small map made to have it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  emptyTeamMap,
  MAP_LIMITS,
  teamMapProblem,
  type MapArtifactEntry,
  type MapInteractionEntry,
  type MapRitualEntry,
  type MapTeamEntry,
  type TeamMap,
} from '@shared/domain'
import { mapPairArb, teamMapArb } from './teamMapArbitraries'

const team = (key: string, name = `Team ${key}`): MapTeamEntry => ({
  key,
  name,
  type: 'platform',
  scope: '',
  size: 6,
  funding: 'stable-team',
  note: '',
  lensIds: [],
  x: 0,
  y: 0,
})
const arrow = (
  key: string,
  from: string,
  to: string,
  mode: MapInteractionEntry['mode'] = 'collaboration',
): MapInteractionEntry => ({ key, from, to, mode, purpose: '' })
const ritual = (key: string, attendees: string[]): MapRitualEntry => ({
  key,
  name: 'Planning',
  cadence: 'Quarterly',
  attendees,
})
const artifact = (key: string, owner: string | null): MapArtifactEntry => ({
  key,
  name: 'Strategy',
  artifactKind: 'strategy',
  owner,
})

/** Three teams, one arrow, one ritual, one artifact: sound, and the base of every case below. */
const base = (): TeamMap => ({
  teams: [team('a'), team('b'), team('c')],
  interactions: [arrow('i1', 'a', 'b')],
  rituals: [ritual('r1', ['a', 'c'])],
  artifacts: [artifact('d1', 'b'), artifact('d2', null)],
})

describe('teamMapProblem', () => {
  it('finds nothing wrong with a generated map, today or target', () => {
    fc.assert(
      fc.property(teamMapArb, (map) => {
        expect(teamMapProblem(map)).toBeNull()
      }),
    )
    fc.assert(
      fc.property(mapPairArb, ({ today, target }) => {
        expect(teamMapProblem(today)).toBeNull()
        expect(teamMapProblem(target)).toBeNull()
      }),
    )
  })

  it('finds a team copied into the map as a duplicate key, at the copy', () => {
    fc.assert(
      fc.property(
        teamMapArb.filter((m) => m.teams.length > 0),
        fc.nat(),
        fc.nat(),
        (map, pick, at) => {
          const copy = map.teams[pick % map.teams.length]!
          const teams = [...map.teams]
          const index = at % (teams.length + 1)
          teams.splice(index, 0, copy)
          const first = teams.findIndex((t) => t.key === copy.key)
          const second = teams.findIndex((t, i) => i > first && t.key === copy.key)
          expect(teamMapProblem({ ...map, teams })).toEqual({
            code: 'duplicateKey',
            kind: 'team',
            index: second,
          })
        },
      ),
    )
  })

  it('is null for the sound base map, and for an empty one', () => {
    expect(teamMapProblem(base())).toBeNull()
    expect(teamMapProblem(emptyTeamMap())).toBeNull()
  })

  it('finds more elements than MAP_LIMITS allows, before anything else', () => {
    const many = Array.from({ length: MAP_LIMITS.maxTeams + 1 }, () => team('same'))
    expect(teamMapProblem({ ...base(), teams: many })).toEqual({
      code: 'tooMany',
      kind: 'team',
      count: MAP_LIMITS.maxTeams + 1,
      max: MAP_LIMITS.maxTeams,
    })
    const rituals = Array.from({ length: MAP_LIMITS.maxRituals + 1 }, (_, i) => ritual(`r${i}`, []))
    expect(teamMapProblem({ ...base(), rituals })).toEqual({
      code: 'tooMany',
      kind: 'ritual',
      count: MAP_LIMITS.maxRituals + 1,
      max: MAP_LIMITS.maxRituals,
    })
    const map = base()
    const fill = MAP_LIMITS.maxTeams - map.teams.length
    map.teams.push(...Array.from({ length: fill }, (_, i) => team(`t${i}`)))
    expect(teamMapProblem(map)).toBeNull()
  })

  it('finds a key used twice within one kind, but not across kinds', () => {
    const map = base()
    expect(
      teamMapProblem({ ...map, interactions: [...map.interactions, arrow('i1', 'b', 'c')] }),
    ).toEqual({ code: 'duplicateKey', kind: 'interaction', index: 1 })
    expect(teamMapProblem({ ...map, artifacts: [artifact('d1', null), ...map.artifacts] })).toEqual(
      { code: 'duplicateKey', kind: 'artifact', index: 1 },
    )
    // A ritual and a team may share a key: each kind names its own things.
    expect(teamMapProblem({ ...map, rituals: [ritual('a', [])] })).toBeNull()
  })

  it('finds two teams whose names differ only in case or surrounding space', () => {
    const map = base()
    map.teams = [team('a', 'Payments'), team('b', 'Search'), team('c', '  payments ')]
    expect(teamMapProblem(map)).toEqual({ code: 'duplicateTeamName', index: 2 })
    map.teams[2] = team('c', 'Payments platform')
    expect(teamMapProblem(map)).toBeNull()
  })

  it('finds an interaction to or from a team not on the map', () => {
    const map = base()
    map.interactions.push(arrow('i2', 'gone', 'a'))
    expect(teamMapProblem(map)).toEqual({
      code: 'unknownTeam',
      kind: 'interaction',
      index: 1,
      field: 'from',
    })
    map.interactions[1] = arrow('i2', 'a', 'gone')
    expect(teamMapProblem(map)).toEqual({
      code: 'unknownTeam',
      kind: 'interaction',
      index: 1,
      field: 'to',
    })
  })

  it('finds an interaction from a team to itself', () => {
    const map = base()
    map.interactions.unshift(arrow('i0', 'c', 'c'))
    expect(teamMapProblem(map)).toEqual({ code: 'selfInteraction', index: 0 })
  })

  it('finds two interactions with the same ends and mode, and allows a different mode', () => {
    const map = base()
    map.interactions.push(arrow('i2', 'a', 'b', 'facilitating'))
    expect(teamMapProblem(map)).toBeNull()
    map.interactions.push(arrow('i3', 'a', 'b'))
    expect(teamMapProblem(map)).toEqual({ code: 'duplicateInteraction', index: 2 })
    // The other way round is another arrow.
    map.interactions[2] = arrow('i3', 'b', 'a')
    expect(teamMapProblem(map)).toBeNull()
  })

  it('finds a ritual attended by a team not on the map', () => {
    const map = base()
    map.rituals.push(ritual('r2', ['b', 'gone']))
    expect(teamMapProblem(map)).toEqual({ code: 'unknownAttendee', index: 1 })
  })

  it('finds an artifact owned by a team not on the map, and allows one owned by none', () => {
    const map = base()
    map.artifacts[1] = artifact('d2', 'gone')
    expect(teamMapProblem(map)).toEqual({ code: 'unknownOwner', index: 1 })
  })
})
