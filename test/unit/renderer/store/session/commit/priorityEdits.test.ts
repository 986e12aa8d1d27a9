/** Placing bets, seeding the order from the votes and moving the commit line, over a database. */
import { describe, expect, it } from 'vitest'
import type { Vote } from '@shared/domain'
import { commitFixture } from '../../../features/commit/commitFixture'
import { START_TIME } from '../../../helpers'

const room = commitFixture()

/** Two committed, two waiting, one parked, one done; stored with any votes, then opened. */
const open = (votes: Vote[] = []) =>
  room.open({
    bets: [
      room.bet('a', 'committed', 0),
      room.bet('b', 'committed', 1),
      room.bet('w', 'proposed', 0),
      room.bet('x', 'proposed', 1),
      room.bet('p', 'parked', 0),
      room.bet('d', 'done', 0),
    ],
    votes,
  })

const edits = () => room.services.edits

/** The stored bets as `id:status:order`, sorted by status then order, for readable assertions. */
async function stored() {
  const bets = await room.db.bets.where({ workshopId: room.workshop.id }).toArray()
  return bets
    .sort((p, q) => p.status.localeCompare(q.status) || p.order - q.order)
    .map((b) => `${b.id}:${b.status}:${b.order}`)
}

/** The same for the bets in memory, which must agree with the database. */
function inMemory() {
  const bets = room.services.workshop.store.getState().data?.bets ?? []
  return [...bets]
    .sort((p, q) => p.status.localeCompare(q.status) || p.order - q.order)
    .map((b) => `${b.id}:${b.status}:${b.order}`)
}

const START = [
  'a:committed:0',
  'b:committed:1',
  'd:done:0',
  'p:parked:0',
  'w:proposed:0',
  'x:proposed:1',
]

describe('placeBet', () => {
  it('moves a bet across groups, saving status and order of every bet it shifted', async () => {
    await open()
    const now = room.records.advance()
    expect(await edits().placeBet('x', 'committed', 0)).toEqual({ ok: true })
    const expected = [
      'x:committed:0',
      'a:committed:1',
      'b:committed:2',
      'd:done:0',
      'p:parked:0',
      'w:proposed:0',
    ]
    expect(await stored()).toEqual(expected)
    expect(inMemory()).toEqual(expected)
    const x = await room.db.bets.get('x')
    expect(x?.updatedAt).toBe(now)
    expect((await room.db.bets.get('p'))?.updatedAt).toBe(START_TIME)
  })

  it('parks a bet and is undone in one step', async () => {
    await open()
    await edits().placeBet('a', 'parked', 5)
    expect(await stored()).toEqual([
      'b:committed:0',
      'd:done:0',
      'p:parked:0',
      'a:parked:1',
      'w:proposed:0',
      'x:proposed:1',
    ])
    expect(room.services.workshop.store.getState().history.past).toHaveLength(1)
    expect(await edits().undo()).toBe(true)
    expect(await stored()).toEqual(START)
    expect(inMemory()).toEqual(START)
  })

  it('writes nothing and adds no undo step for a no-op or a done bet', async () => {
    await open()
    await edits().placeBet('b', 'committed', 1)
    await edits().placeBet('d', 'committed', 0)
    expect(await stored()).toEqual(START)
    expect(room.services.workshop.store.getState().history.past).toHaveLength(0)
  })
})

describe('seedFromVotes', () => {
  it('orders the list by the dots of all (ties keep their order), the line under two bets', async () => {
    const vote = room.vote
    await open([
      vote('ada', 'x', 2),
      vote('ben', 'x', 1),
      vote('ada', 'w', 1),
      vote('ben', 'b', 1),
      vote('ben', 'p', 3),
    ])
    expect(await edits().seedFromVotes()).toEqual({ ok: true })
    const expected = [
      'x:committed:0',
      'b:committed:1',
      'd:done:0',
      'p:parked:0',
      'w:proposed:0',
      'a:proposed:1',
    ]
    expect(await stored()).toEqual(expected)
    expect(inMemory()).toEqual(expected)
    await edits().undo()
    expect(await stored()).toEqual(START)
  })

  it('changes nothing without votes', async () => {
    await open()
    await edits().seedFromVotes()
    expect(await stored()).toEqual(START)
    expect(room.services.workshop.store.getState().history.past).toHaveLength(0)
  })
})

describe('moveCommitLine', () => {
  it('moves the line down and up over the same sequence, each move one undo step', async () => {
    await open()
    await edits().moveCommitLine(3)
    expect(await stored()).toEqual([
      'a:committed:0',
      'b:committed:1',
      'w:committed:2',
      'd:done:0',
      'p:parked:0',
      'x:proposed:0',
    ])
    await edits().moveCommitLine(0)
    expect(await stored()).toEqual([
      'd:done:0',
      'p:parked:0',
      'a:proposed:0',
      'b:proposed:1',
      'w:proposed:2',
      'x:proposed:3',
    ])
    await edits().undo()
    await edits().undo()
    expect(await stored()).toEqual(START)
  })
})
