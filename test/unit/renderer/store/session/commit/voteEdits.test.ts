/** Dots per person and bet, the budget, and the round's reveal and clearing, over a database. */
import { beforeEach, describe, expect, it } from 'vitest'
import { voteId } from '@shared/domain'
import { commitFixture } from '../../../features/commit/commitFixture'

const room = commitFixture()
let ada: string
let ben: string

beforeEach(async () => {
  const bets = [
    ['b1', 'proposed'],
    ['b2', 'proposed'],
    ['b3', 'parked'],
  ] as const
  await room.open({ bets: bets.map(([id, status], order) => room.bet(id, status, order)) })
  await edits().addParticipant('Ada')
  await edits().addParticipant('Ben')
  const people = data().participants
  ada = people.find((p) => p.name === 'Ada')!.id
  ben = people.find((p) => p.name === 'Ben')!.id
})

const edits = () => room.services.edits
const data = () => room.services.workshop.store.getState().data!
const storedVotes = async () =>
  (await room.db.votes.toArray())
    .map((v) => `${v.participantId === ada ? 'Ada' : 'Ben'}:${v.betId}:${v.dots}`)
    .sort()
const storedVoting = async () => (await room.db.workshops.get(room.workshop.id))?.voting

describe('setDots', () => {
  it('stores one record per person and bet, and 0 removes it', async () => {
    expect(await edits().setDots(ada, 'b1', 2)).toEqual({ ok: true })
    expect(await edits().setDots(ben, 'b2', 1)).toEqual({ ok: true })
    expect(await storedVotes()).toEqual(['Ada:b1:2', 'Ben:b2:1'])
    const stored = await room.db.votes.get(voteId(ada, 'b1'))
    expect(stored).toMatchObject({ workshopId: room.workshop.id, participantId: ada, betId: 'b1' })

    expect(await edits().setDots(ada, 'b1', 0)).toEqual({ ok: true })
    expect(await storedVotes()).toEqual(['Ben:b2:1'])
  })

  it('refuses going over budget, and anything invalid, writing nothing', async () => {
    await edits().setDots(ada, 'b1', 2)
    const before = await storedVotes()
    const refusals: [string, string, number, string][] = [
      [ada, 'b2', 2, 'overBudget'],
      [ada, 'b1', 4, 'overBudget'],
      [ada, 'b2', -1, 'negative'],
      [ada, 'b2', 0.5, 'notWhole'],
      ['nobody', 'b2', 1, 'unknownParticipant'],
      [ada, 'nothing', 1, 'unknownBet'],
      [ben, 'b3', 1, 'notVotedOn'],
    ]
    for (const [person, betId, dots, problem] of refusals)
      expect(await edits().setDots(person, betId, dots)).toEqual({ ok: false, problem })
    expect(await storedVotes()).toEqual(before)
    expect(data().votes).toHaveLength(1)
    // Exactly the budget is fine.
    expect(await edits().setDots(ada, 'b2', 1)).toEqual({ ok: true })
  })

  it('merges stepping one bet up into one undo step', async () => {
    await edits().setDots(ada, 'b1', 1)
    await edits().setDots(ada, 'b1', 2)
    await edits().setDots(ada, 'b1', 3)
    await edits().undo()
    expect(await storedVotes()).toEqual([])
  })
})

describe('dots per person', () => {
  it('cannot go below what someone already spent, so nobody is left over budget', async () => {
    await edits().setDots(ada, 'b1', 2)
    await edits().setDots(ada, 'b2', 1)
    await edits().setDots(ben, 'b1', 1)
    expect(await edits().setDotsPerPerson(2)).toEqual({ ok: false, problem: 'belowSpent' })
    expect((await storedVoting())?.dotsPerPerson).toBe(3)

    expect(await edits().setDotsPerPerson(5)).toEqual({ ok: true })
    expect(await edits().setDotsPerPerson(3)).toEqual({ ok: true })
    expect((await storedVoting())?.dotsPerPerson).toBe(3)
  })

  it('is a whole number from 1 to 20', async () => {
    for (const [n, problem] of [
      [0, 'outOfRange'],
      [21, 'outOfRange'],
      [2.5, 'notWhole'],
      [Number.NaN, 'notWhole'],
    ] as const)
      expect(await edits().setDotsPerPerson(n)).toEqual({ ok: false, problem })
    expect(await edits().setDotsPerPerson(20)).toEqual({ ok: true })
    expect(await edits().setDotsPerPerson(1)).toEqual({ ok: true })
    expect((await storedVoting())?.dotsPerPerson).toBe(1)
  })
})

describe('people and the round', () => {
  it('removing a participant removes their votes, and undo brings them back', async () => {
    await edits().setDots(ada, 'b1', 2)
    await edits().setDots(ben, 'b2', 3)
    await edits().removeParticipant(ben)
    expect(await storedVotes()).toEqual(['Ada:b1:2'])
    await edits().undo()
    expect(await storedVotes()).toEqual(['Ada:b1:2', 'Ben:b2:3'])
    expect(data().votes).toHaveLength(2)
  })

  it('reveals and hides the votes, saved with the workshop', async () => {
    expect(await edits().setVotesRevealed(true)).toEqual({ ok: true })
    expect(await storedVoting()).toEqual({ dotsPerPerson: 3, revealed: true })
    await room.services.workshop.actions.open(room.workshop.id)
    expect(data().workshop.voting.revealed).toBe(true)
    await edits().setVotesRevealed(false)
    expect((await storedVoting())?.revealed).toBe(false)
  })

  it('clears every vote in one step that undo takes back', async () => {
    await edits().setDots(ada, 'b1', 2)
    await edits().setDots(ben, 'b2', 1)
    await edits().clearVotes()
    expect(await storedVotes()).toEqual([])
    await edits().undo()
    expect(await storedVotes()).toEqual(['Ada:b1:2', 'Ben:b2:1'])
  })
})
