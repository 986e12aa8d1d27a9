/**
 * Removing a lens from a workshop's own copy, over a real database: what the room put on it goes
 * in one undoable step, bets and teams stay without it, the facilitator lands on the lens taking
 * its place, and undo brings every record back as it was.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { emptyBetDraft } from '@shared/domain'
import { openWorkshop, type Harness } from '../../../features/prepare/harness'

let harness: Harness

afterEach(async () => {
  await harness.dispose()
})

const team = {
  name: 'Payments',
  type: 'stream-aligned' as const,
  scope: 'Checkout and refunds',
  size: 7,
  funding: 'stable-team' as const,
  note: '',
  lensIds: ['discovery', 'strategy'],
}

async function everything() {
  const { db, workshop } = harness
  const of = { workshopId: workshop.id }
  return {
    workshop: await harness.storedWorkshop(),
    ratings: await db.ratings.where(of).toArray(),
    consensus: await db.consensus.where(of).toArray(),
    gapNotes: await db.gapNotes.where(of).toArray(),
    cards: await db.cards.where(of).toArray(),
    bets: await db.bets.where(of).toArray(),
    mapElements: await db.mapElements.where(of).toArray(),
  }
}

describe('removing a lens from the workshop’s own copy', () => {
  it('takes what the room put on it, keeps bets and teams without it, and undo restores all', async () => {
    harness = await openWorkshop([['Amara Okafor']])
    const { edits } = harness.services
    const amara = harness.services.workshop.store.getState().data!.participants[0]!
    await edits.rate(amara.id, 'discovery', 'current', 2)
    await edits.setConsensus('discovery', 'current', 2)
    await edits.setKeyShift('discovery', 'Talk to customers weekly')
    await edits.addCard('discovery', 'target', 'Every team meets a customer each week')
    await edits.rate(amara.id, 'strategy', 'current', 3)
    expect(
      (await edits.addBet({ ...emptyBetDraft(), title: 'Weekly interviews', lensId: 'discovery' }))
        .ok,
    ).toBe(true)
    expect((await edits.addTeam('today', team)).ok).toBe(true)
    await edits.goTo({ lensId: 'discovery', step: 'rate-target' })
    const before = await everything()

    expect((await edits.removeLens('discovery')).ok).toBe(true)
    const after = await everything()
    expect(after.workshop.template.lenses.map((lens) => lens.id)).toEqual(['strategy', 'delivery'])
    expect(after.workshop.agenda.map((item) => item.lensId)).toEqual(['strategy', 'delivery'])
    // The facilitator was on the lens: they land on the one that took its place, at its start.
    expect(after.workshop.position).toEqual({ lensId: 'delivery', step: 'introduce' })
    expect(after.ratings.map((r) => r.lensId)).toEqual(['strategy'])
    expect(after.consensus).toEqual([])
    expect(after.gapNotes).toEqual([])
    expect(after.cards).toEqual([])
    expect(after.bets.map((bet) => [bet.title, bet.lensId])).toEqual([['Weekly interviews', null]])
    expect(after.mapElements.map((e) => (e.kind === 'team' ? e.lensIds : null))).toEqual([
      ['strategy'],
    ])

    expect(await edits.undo()).toBe(true)
    const restored = await everything()
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(restored.workshop.template).toEqual(before.workshop.template)
    expect(restored.workshop.agenda).toEqual(before.workshop.agenda)
    for (const table of [
      'ratings',
      'consensus',
      'gapNotes',
      'cards',
      'bets',
      'mapElements',
    ] as const)
      expect(byId(restored[table] as { id: string }[])).toEqual(
        byId(before[table] as { id: string }[]),
      )
  })

  it('never removes the last lens', async () => {
    harness = await openWorkshop()
    const { edits } = harness.services
    await edits.removeLens('strategy')
    await edits.removeLens('discovery')
    await edits.removeLens('delivery')
    expect((await harness.storedWorkshop()).template.lenses.map((lens) => lens.id)).toEqual([
      'delivery',
    ])
    expect((await harness.storedWorkshop()).agenda).toHaveLength(1)
  })
})
