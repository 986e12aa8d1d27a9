/**
 * The team map edits over a real database: what a facilitator does to either map is stored at
 * once, refused edits store nothing, removing a team takes what hangs on it and undo brings it
 * all back, and the target started from today shares its keys so the diff starts empty.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import {
  diffTeamMaps,
  emptyBetDraft,
  emptyTeamDraft,
  isEmptyTeamMapDiff,
  teamMapOf,
  type MapSide,
  type TeamFields,
} from '@shared/domain'
import { commitFixture } from '../../../features/commit/commitFixture'
import { snapshot } from '../../../helpers'

const room = commitFixture()
beforeEach(() => room.open())

const edits = () => room.services.edits
const data = () => room.services.workshop.store.getState().data!
const mapOf = (side: MapSide) => teamMapOf(data().mapElements, side)
const stored = () => room.db.mapElements.where({ workshopId: room.workshop.id }).toArray()
const team = (name: string, over: Partial<TeamFields> = {}): TeamFields => ({
  ...emptyTeamDraft(),
  name,
  ...over,
})

async function addTeam(side: MapSide, name: string, over: Partial<TeamFields> = {}) {
  const outcome = await edits().addTeam(side, team(name, over))
  if (!outcome.ok) throw new Error(`could not add ${name}: ${JSON.stringify(outcome.problem)}`)
  return outcome.key
}

describe('teams', () => {
  it('adds a team where no other stands, stored at once with its fields', async () => {
    const a = await addTeam('today', 'Checkout', { type: 'stream-aligned', size: 7 })
    const b = await addTeam('today', 'Payments', { type: 'platform', funding: 'project' })
    const teams = mapOf('today').teams
    expect(teams.map((t) => t.name).sort()).toEqual(['Checkout', 'Payments'])
    const [first, second] = [teams.find((t) => t.key === a)!, teams.find((t) => t.key === b)!]
    expect([first.x, first.y]).not.toEqual([second.x, second.y])
    expect(await stored()).toHaveLength(2)
    expect((await stored()).find((e) => e.key === b)).toMatchObject({
      kind: 'team',
      side: 'today',
      type: 'platform',
      funding: 'project',
    })
  })

  it('refuses an empty name and a name already on the same map, storing nothing', async () => {
    await addTeam('today', 'Checkout')
    const before = await snapshot(room.db)
    expect(await edits().addTeam('today', team('   '))).toEqual({
      ok: false,
      problem: { name: 'required' },
    })
    expect(await edits().addTeam('today', team(' checkout '))).toEqual({
      ok: false,
      problem: { name: 'duplicate' },
    })
    expect(await snapshot(room.db)).toEqual(before)
    // The other map is another picture: the same name is fine there.
    expect((await edits().addTeam('target', team('Checkout'))).ok).toBe(true)
  })

  it('refuses a size that is not a head count and a lens the workshop does not have', async () => {
    const outcome = await edits().addTeam('today', team('Data', { size: 0, lensIds: ['nowhere'] }))
    expect(outcome).toEqual({ ok: false, problem: { size: 'invalid', lensIds: 'unknownLens' } })
  })

  it('keeps linked lenses in the template order, however they were ticked', async () => {
    const lenses = room.workshop.template.lenses.map((l) => l.id)
    const key = await addTeam('today', 'Core', { lensIds: [lenses[2]!, lenses[0]!] })
    expect(mapOf('today').teams.find((t) => t.key === key)?.lensIds).toEqual([lenses[0], lenses[2]])
  })

  it('arrow presses on one team in a row are one undo step', async () => {
    const key = await addTeam('today', 'Checkout')
    const { x, y } = mapOf('today').teams[0]!
    for (let i = 1; i <= 4; i++) await edits().moveTeams('today', { [key]: { x: x + 10 * i, y } })
    expect(mapOf('today').teams[0]).toMatchObject({ x: x + 40, y })
    await edits().undo()
    expect(mapOf('today').teams[0]).toMatchObject({ x, y })
    expect((await stored())[0]).toMatchObject({ x, y })
  })
})

describe('removing a team', () => {
  it('takes its lines, attendance and ownership in that map, and undo brings them back', async () => {
    const checkout = await addTeam('today', 'Checkout')
    const payments = await addTeam('today', 'Payments')
    await edits().addInteraction('today', {
      from: checkout,
      to: payments,
      mode: 'collaboration',
      purpose: 'Take payments',
    })
    await edits().addRitual('today', {
      name: 'Quarterly review',
      cadence: 'Quarterly',
      attendees: [checkout, payments],
    })
    await edits().addArtifact('today', {
      name: 'Payments roadmap',
      artifactKind: 'roadmap',
      owner: payments,
    })
    const before = await snapshot(room.db)

    await edits().removeTeam('today', payments)
    const map = mapOf('today')
    expect(map.teams.map((t) => t.name)).toEqual(['Checkout'])
    expect(map.interactions).toEqual([])
    expect(map.rituals[0]?.attendees).toEqual([checkout])
    expect(map.artifacts[0]?.owner).toBeNull()

    await edits().undo()
    expect(await snapshot(room.db)).toEqual(before)
  })

  it('takes it off bets only once it is on neither map', async () => {
    const key = await addTeam('today', 'Checkout')
    await edits().startTargetFromToday()
    await edits().addBet({
      ...emptyBetDraft(),
      title: 'Own conversion',
      teamKeys: [key],
    })
    await edits().removeTeam('target', key)
    expect(data().bets[0]?.teamKeys).toEqual([key])
    await edits().removeTeam('today', key)
    expect(data().bets[0]?.teamKeys).toEqual([])
    expect((await room.db.bets.toArray())[0]?.teamKeys).toEqual([])
  })
})

describe('interactions', () => {
  it('refuses a line from a team to itself, to a team not on the map, and the same line twice', async () => {
    const a = await addTeam('today', 'Checkout')
    const b = await addTeam('today', 'Payments')
    const line = { from: a, to: b, mode: 'x-as-a-service' as const, purpose: '' }
    expect(await edits().addInteraction('today', { ...line, to: a })).toEqual({
      ok: false,
      problem: { ends: 'sameTeam' },
    })
    expect(await edits().addInteraction('target', line)).toEqual({
      ok: false,
      problem: { ends: 'unknownTeam' },
    })
    expect((await edits().addInteraction('today', line)).ok).toBe(true)
    expect(await edits().addInteraction('today', line)).toEqual({
      ok: false,
      problem: { ends: 'duplicate' },
    })
    // The same two teams in another mode is another relationship.
    expect((await edits().addInteraction('today', { ...line, mode: 'collaboration' })).ok).toBe(
      true,
    )
  })
})

describe('startTargetFromToday', () => {
  it('copies today under the same keys, so the diff is empty until the room changes it', async () => {
    const a = await addTeam('today', 'Web shop', { funding: 'project' })
    const b = await addTeam('today', 'Payments')
    await edits().addInteraction('today', { from: a, to: b, mode: 'collaboration', purpose: '' })
    await edits().startTargetFromToday()
    expect(isEmptyTeamMapDiff(diffTeamMaps(mapOf('today'), mapOf('target')))).toBe(true)

    await edits().updateTeam('target', a, { name: 'Checkout', funding: 'stable-team' })
    const diff = diffTeamMaps(mapOf('today'), mapOf('target'))
    expect(diff.teams.changed).toEqual([
      expect.objectContaining({ key: a, aspects: ['name', 'funding'] }),
    ])
    // Today is untouched: the maps evolve independently.
    expect(mapOf('today').teams.find((t) => t.key === a)?.name).toBe('Web shop')
  })

  it('replaces what the target held, in one undo step', async () => {
    await addTeam('today', 'Checkout')
    await addTeam('target', 'Something else')
    const before = await snapshot(room.db)
    await edits().startTargetFromToday()
    expect(mapOf('target').teams.map((t) => t.name)).toEqual(['Checkout'])
    await edits().undo()
    expect(await snapshot(room.db)).toEqual(before)
  })
})
