import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { inReadingOrder } from '../../../../../renderer/src/db/repositories/snapshotRepository'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { createDiskRecords } from '../../../../../renderer/src/store/session/diskRecords'
import { change } from '../../../../../renderer/src/db'
import { dropDatabase, servicesWithWorkshop } from '../../helpers'
import { sessionData } from '../../features/compare/compareFixture'

describe('the records a write knows are on disk', () => {
  const workshop = sessionData().workshop
  const card = { ...sessionData().cards[0]!, id: 'c1' }
  const data = sessionData({ cards: [card] })

  it('follow the writes that landed, for the workshop that was read', () => {
    const disk = createDiskRecords()
    disk.know(workshop.id, data)
    const lookup = disk.lookupFor(workshop.id)
    expect(lookup('cards', 'c1')).toEqual({ record: card })
    expect(lookup('cards', 'other')).toEqual({ record: undefined })
    disk.landed(workshop.id, [change('cards', card, { ...card, text: 'Changed' })])
    expect(lookup('cards', 'c1')).toEqual({ record: { ...card, text: 'Changed' } })
    disk.landed(workshop.id, [change('cards', { ...card, text: 'Changed' }, undefined)])
    expect(lookup('cards', 'c1')).toEqual({ record: undefined })
  })

  it('never include the workshop record, another workshop, or a closed one', () => {
    const disk = createDiskRecords()
    disk.know(workshop.id, data)
    expect(disk.lookupFor(workshop.id)('workshops', workshop.id)).toBeNull()
    expect(disk.lookupFor('another')('cards', 'c1')).toBeNull()
    disk.landed('another', [change('cards', card, undefined)])
    expect(disk.lookupFor(workshop.id)('cards', 'c1')).toEqual({ record: card })
    disk.forget()
    expect(disk.lookupFor(workshop.id)('cards', 'c1')).toBeNull()
  })
})

describe('edits written without reading their records first', () => {
  let db: VantageDatabase
  let services: AppServices
  let workshop: Workshop

  async function start() {
    ;({ db, services, workshop } = await servicesWithWorkshop())
    await services.workshop.actions.open(workshop.id)
  }

  async function end() {
    vi.restoreAllMocks()
    await dropDatabase(db)
  }

  const data = () => services.workshop.store.getState().data!
  const lens = fc.constantFrom('strategy', 'discovery')
  const state = fc.constantFrom('current' as const, 'target' as const)
  const pick = fc.nat(20)

  /** Edits a facilitator makes, some at once (one still being written when the next comes). */
  const edit = fc.oneof(
    fc.constant(() => services.edits.addParticipant(`Person ${data().participants.length + 1}`)),
    fc.tuple(pick, lens, state, fc.integer({ min: 1, max: 5 })).map(([p, l, s, v]) => () => {
      const person = data().participants[p % Math.max(1, data().participants.length)]
      return person ? services.edits.rate(person.id, l, s, v as never) : Promise.resolve()
    }),
    fc.tuple(pick, lens, state, fc.string({ maxLength: 5 })).map(([p, l, s, note]) => () => {
      const person = data().participants[p % Math.max(1, data().participants.length)]
      return person ? services.edits.setRatingNote(person.id, l, s, note) : Promise.resolve()
    }),
    fc.tuple(pick, lens, state).map(([p, l, s]) => () => {
      const person = data().participants[p % Math.max(1, data().participants.length)]
      return person ? services.edits.clearRating(person.id, l, s) : Promise.resolve()
    }),
    fc.tuple(lens, state, fc.string({ minLength: 1, maxLength: 6 })).map(
      ([l, s, text]) =>
        () =>
          services.edits.addCard(l, s, `Card ${text}`),
    ),
    fc.tuple(pick, fc.string({ minLength: 1, maxLength: 6 })).map(([c, text]) => () => {
      const card = data().cards[c % Math.max(1, data().cards.length)]
      return card
        ? services.edits.updateCard(card.id, { text: `Edited ${text}` })
        : Promise.resolve()
    }),
    fc.tuple(pick, state, fc.nat(4)).map(([c, s, to]) => () => {
      const card = data().cards[c % Math.max(1, data().cards.length)]
      return card ? services.edits.moveCard(card.id, s, to) : Promise.resolve()
    }),
    fc.constant(() => services.edits.undo()),
    fc.constant(() => services.edits.redo()),
    // A write that fails for a reason of its own: its edit leaves the screen, and the disk.
    fc.constant(() => {
      vi.spyOn(services.repositories.changes, 'apply').mockRejectedValueOnce(new Error('not ours'))
      return Promise.resolve()
    }),
  )

  it('leave the disk holding what the screen shows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 14 }),
        async (steps) => {
          await start()
          try {
            for (const together of steps) await Promise.all(together.map((run) => run()))
            const shown = inReadingOrder(data())
            const stored = await services.repositories.snapshots.readSnapshot(workshop.id)
            expect({ ...stored, workshop: null }).toEqual({ ...shown, workshop: null })
          } finally {
            await end()
          }
        },
      ),
      { numRuns: 25 },
    )
  })
})
