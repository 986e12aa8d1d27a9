/** The bet edits over a real database: refusals store nothing, every edit round-trips and undoes. */
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyBetDraft, type BetDraft, type EarlierWorkshop } from '@shared/domain'
import { commitFixture } from '../../../features/commit/commitFixture'
import { snapshot, START_TIME } from '../../../helpers'

const room = commitFixture()

const draft = (over: Partial<BetDraft> = {}): BetDraft => ({
  ...emptyBetDraft(),
  title: 'Ship weekly',
  ...over,
})

const earlier: EarlierWorkshop = {
  workshopId: null,
  title: 'Autumn offsite',
  organisation: 'Acme',
  date: '2024-10-01',
  takenAt: START_TIME,
  lenses: [],
  bets: ['e1', 'e2'].map((id) => ({
    id,
    title: `Earlier ${id}`,
    hypothesis: '',
    owner: 'Amara',
    horizon: 'Next 90 days',
    review: { outcome: null, learning: '' },
  })),
}

beforeEach(() => room.open({ workshop: { earlier } }))

const edits = () => room.services.edits
const storedBets = () => room.db.bets.where({ workshopId: room.workshop.id }).sortBy('order')
const memoryBets = () => room.services.workshop.store.getState().data?.bets ?? []
function idOf(title: string): string {
  const bet = memoryBets().find((b) => b.title === title)
  if (!bet) throw new Error(`no bet "${title}"`)
  return bet.id
}
const storedReviews = async () =>
  (await room.db.workshops.get(room.workshop.id))?.earlier?.bets.map((b) => b.review)

describe('addBet', () => {
  it('refuses a bet without a title, says why, and stores nothing', async () => {
    const before = await snapshot(room.db)
    const outcome = await edits().addBet(draft({ title: '   ', reviewDate: '2025-02-30' }))
    expect(outcome).toEqual({
      ok: false,
      problem: { title: 'required', reviewDate: 'invalidDate' },
    })
    expect(await snapshot(room.db)).toEqual(before)
    expect(memoryBets()).toEqual([])
    expect(room.services.workshop.store.getState().history.past).toEqual([])
  })

  it('refuses a lens the workshop does not have', async () => {
    const outcome = await edits().addBet(draft({ lensId: 'nowhere' }))
    expect(outcome).toEqual({ ok: false, problem: { lensId: 'unknownLens' } })
    expect(await storedBets()).toEqual([])
  })

  it('stores a trimmed bet at the end of its status group, proposed unless told', async () => {
    await edits().addBet(draft({ title: '  Ship weekly ', owner: ' Amara ', lensId: 'strategy' }))
    await edits().addBet(draft({ title: 'Fund teams', reviewDate: '2025-06-30' }))
    await edits().addBet(draft({ title: 'Kill the roadmap' }), 'committed')
    const bets = await storedBets()
    expect(bets.map((b) => [b.title, b.status, b.order])).toEqual([
      ['Ship weekly', 'proposed', 0],
      ['Kill the roadmap', 'committed', 0],
      ['Fund teams', 'proposed', 1],
    ])
    expect(bets[0]).toMatchObject({
      id: idOf('Ship weekly'),
      workshopId: room.workshop.id,
      owner: 'Amara',
      lensId: 'strategy',
      reviewDate: null,
      createdAt: START_TIME,
      updatedAt: START_TIME,
    })
    expect(bets[2]?.reviewDate).toBe('2025-06-30')
    expect(memoryBets()).toHaveLength(3)
  })
})

describe('updateBet and setBetStatus', () => {
  it('save fields and status in one step, and undo takes both back', async () => {
    await edits().addBet(draft())
    await edits().addBet(draft({ title: 'Other' }), 'committed')
    const id = idOf('Ship weekly')
    const now = room.records.advance()
    const outcome = await edits().updateBet(
      id,
      draft({ title: 'Ship daily', size: 'L' }),
      'committed',
    )
    expect(outcome).toEqual({ ok: true })
    expect(await room.db.bets.get(id)).toMatchObject({
      title: 'Ship daily',
      size: 'L',
      status: 'committed',
      order: 1,
      updatedAt: now,
    })
    await edits().undo()
    expect(await room.db.bets.get(id)).toMatchObject({ title: 'Ship weekly', size: '', order: 0 })
    expect(await room.db.bets.get(id)).toMatchObject({ status: 'proposed' })
  })

  it('refuses an invalid edit and keeps the stored bet', async () => {
    await edits().addBet(draft())
    const id = idOf('Ship weekly')
    const outcome = await edits().updateBet(id, draft({ title: '' }))
    expect(outcome).toEqual({ ok: false, problem: { title: 'required' } })
    expect((await room.db.bets.get(id))?.title).toBe('Ship weekly')
  })

  it('set a status on its own, writing nothing when it is already that', async () => {
    await edits().addBet(draft())
    const id = idOf('Ship weekly')
    await edits().setBetStatus(id, 'parked')
    expect(await room.db.bets.get(id)).toMatchObject({ status: 'parked', order: 0 })
    const steps = room.services.workshop.store.getState().history.past.length
    await edits().setBetStatus(id, 'parked')
    expect(room.services.workshop.store.getState().history.past).toHaveLength(steps)
  })
})

describe('removeBet', () => {
  it('removes the bet and every vote on it; undo brings both back', async () => {
    await edits().addBet(draft())
    await edits().addBet(draft({ title: 'Keep' }))
    const [gone, kept] = [idOf('Ship weekly'), idOf('Keep')]
    const votes = [room.vote('p1', gone, 2), room.vote('p2', gone, 1), room.vote('p1', kept, 1)]
    // Open again, with the dots stored, so the session holds them.
    room.services.workshop.actions.close()
    await room.open({ votes })

    await edits().removeBet(gone)
    expect((await storedBets()).map((b) => b.title)).toEqual(['Keep'])
    expect(await room.db.votes.toArray()).toEqual([votes[2]])
    expect(room.services.workshop.store.getState().data?.votes).toEqual([votes[2]])

    await edits().undo()
    expect((await storedBets()).map((b) => b.title)).toEqual(['Ship weekly', 'Keep'])
    const restored = await room.db.votes.toArray()
    expect(restored.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...votes].sort((a, b) => a.id.localeCompare(b.id)),
    )
  })
})

describe('reviewEarlierBet', () => {
  it('stores the outcome and the learning with the workshop, and undoes them', async () => {
    await edits().reviewEarlierBet('e2', { outcome: 'done' })
    await edits().reviewEarlierBet('e2', { learning: 'Small' })
    await edits().reviewEarlierBet('e2', { learning: 'Small batches win' })
    expect(await storedReviews()).toEqual([
      { outcome: null, learning: '' },
      { outcome: 'done', learning: 'Small batches win' },
    ])

    // Typing merged into one step; the outcome chosen before it is a step of its own.
    await edits().undo()
    expect(await storedReviews()).toEqual([
      { outcome: null, learning: '' },
      { outcome: 'done', learning: '' },
    ])
    await edits().undo()
    expect((await storedReviews())?.[1]).toEqual({ outcome: null, learning: '' })
  })

  it('arrowing through the outcomes is one step', async () => {
    for (const outcome of ['done', 'ongoing', 'dropped'] as const)
      await edits().reviewEarlierBet('e1', { outcome })
    expect((await storedReviews())?.[0]?.outcome).toBe('dropped')
    await edits().undo()
    expect((await storedReviews())?.[0]?.outcome).toBeNull()
  })

  it('refuses a learning over the limit and ignores an unknown bet', async () => {
    const outcome = await edits().reviewEarlierBet('e1', { learning: 'x'.repeat(2001) })
    expect(outcome).toEqual({ ok: false, problem: 'tooLong' })
    expect(await edits().reviewEarlierBet('nope', { outcome: 'done' })).toEqual({ ok: true })
    expect(await storedReviews()).toEqual(earlier.bets.map((b) => b.review))
  })
})
