/**
 * deviceView: what one phone may see. Properties over any valid workshop, at any step, with any
 * seat, prove what never reaches a phone; examples pin what it does see.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consensusId,
  LENS_STEPS,
  presenterJoin,
  ratingId,
  type StepRef,
  type WorkshopSnapshot,
} from '@shared/domain'
import { deviceView, openRating, type DeviceSeat } from '@shared/join'
import { deviceViewSchema } from '@shared/join/schemas'
import { workshopSnapshotArb } from '../schema/snapshotArbitrary'
import { sampleSnapshot } from '../schema/sampleSnapshot'

/** Names and notes marked, so a leak of either shows in the view's JSON whatever else is there. */
function marked(snapshot: WorkshopSnapshot): WorkshopSnapshot {
  return {
    ...snapshot,
    participants: snapshot.participants.map((p, i) => ({ ...p, name: `«name ${i}»` })),
    ratings: snapshot.ratings.map((r, i) => ({ ...r, note: `«note ${i}»` })),
  }
}

interface Case {
  snapshot: WorkshopSnapshot
  seat: DeviceSeat
  others: Set<string>
}

const caseArb: fc.Arbitrary<Case> = workshopSnapshotArb.chain((raw) => {
  const lensIds = raw.workshop.template.lenses.map((lens) => lens.id)
  const people = raw.participants.map((p) => p.id)
  const position = fc.option(
    fc.record({ lensId: fc.constantFrom(...lensIds), step: fc.constantFrom(...LENS_STEPS) }),
    { nil: null, freq: 6 },
  )
  const someone = people.length > 0 ? fc.option(fc.constantFrom(...people)) : fc.constant(null)
  // Mostly a rating that is really stored, so the echo is exercised.
  const submitted = fc.option(
    raw.ratings.length > 0
      ? fc.constantFrom(...raw.ratings).map(({ lensId, state, value, note }) => ({
          lensId,
          state,
          value,
          note,
          seq: 1,
        }))
      : fc.constant(null),
  )
  return fc
    .record({
      position,
      anonymous: fc.boolean(),
      participantId: someone,
      submitted,
      others: fc.subarray(people),
      asked: fc.option(fc.constant('«asked»')),
    })
    .map(({ position, anonymous, participantId, submitted, others, asked }) => ({
      snapshot: marked({ ...raw, workshop: { ...raw.workshop, position, anonymous } }),
      seat: { deviceId: 'K7Q2', participantId, asked, submitted: submitted ?? null },
      others: new Set(others),
    }))
})

describe('deviceView, for any workshop, step and seat', () => {
  it('is a view the schema accepts, and never holds a note', () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, seat, others }) => {
        const view = deviceView(snapshot, seat, others)
        expect(deviceViewSchema.safeParse(view).success).toBe(true)
        expect(JSON.stringify(view)).not.toContain('«note')
      }),
    )
  })

  it('never holds a name in an anonymous workshop', () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, seat, others }) => {
        const anonymous = { ...snapshot, workshop: { ...snapshot.workshop, anonymous: true } }
        const json = JSON.stringify(deviceView(anonymous, seat, others))
        expect(json).not.toContain('«name')
        expect(json).not.toContain('«asked»')
      }),
    )
  })

  it('shows nothing of a lens unless its unrevealed rating step is on', () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, seat, others }) => {
        const view = deviceView(snapshot, seat, others)
        const open = openRating(snapshot)
        if (open === null) {
          expect(view.step.kind).toBe('waiting')
          expect(view.sent).toBeNull()
        } else {
          expect(view.step).toMatchObject({ kind: 'rate', state: open.state })
        }
      }),
    )
  })

  it("echoes only this device's own stored rating, as it sent it", () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, seat, others }) => {
        const view = deviceView(snapshot, seat, others)
        if (view.sent === null) return
        const open = openRating(snapshot)
        const stored = snapshot.ratings.find(
          (r) =>
            r.participantId === seat.participantId &&
            r.lensId === open?.lensId &&
            r.state === open?.state,
        )
        expect(view.withdrawn).toBe(false)
        expect(stored?.value).toBe(view.sent.value)
        expect(seat.submitted?.value).toBe(view.sent.value)
      }),
    )
  })

  it('never offers a seat another device holds, nor any once admitted', () => {
    fc.assert(
      fc.property(caseArb, ({ snapshot, seat, others }) => {
        const view = deviceView(snapshot, seat, others)
        for (const person of view.people) expect(others.has(person.participantId)).toBe(false)
        if (view.me !== null) expect(view.people).toEqual([])
      }),
    )
  })
})

describe('deviceView examples', () => {
  function at(position: StepRef | null, patch: Partial<WorkshopSnapshot> = {}) {
    const snapshot = sampleSnapshot()
    return { ...snapshot, ...patch, workshop: { ...snapshot.workshop, position } }
  }
  const seat: DeviceSeat = { deviceId: 'K7Q2', participantId: null, asked: null, submitted: null }

  it('waits before the workshop starts and on the introduce step', () => {
    expect(deviceView(at(null), seat, new Set()).step).toEqual({ kind: 'waiting', at: null })
    const intro = deviceView(at({ lensId: 'alignment', step: 'introduce' }), seat, new Set())
    expect(intro.step).toEqual({ kind: 'waiting', at: 'introduce' })
  })

  it('offers the names in order and the lens with its scale on a rating step', () => {
    const snapshot = at({ lensId: 'leadership', step: 'rate-target' })
    const view = deviceView(snapshot, seat, new Set())
    expect(view.people.map((p) => p.name)).toEqual(
      [...snapshot.participants].sort((a, b) => a.order - b.order).map((p) => p.name),
    )
    expect(view.step).toMatchObject({
      kind: 'rate',
      state: 'target',
      lens: { lensId: 'leadership', title: 'Lens leadership', number: 2, count: 2 },
    })
    if (view.step.kind === 'rate') expect(view.step.lens.scale).toHaveLength(5)
  })

  it('closes the rating once its state is revealed', () => {
    const snapshot = at({ lensId: 'alignment', step: 'rate-current' })
    const revealed = {
      ...snapshot,
      consensus: [
        {
          id: consensusId(snapshot.workshop.id, 'alignment', 'current'),
          workshopId: snapshot.workshop.id,
          lensId: 'alignment',
          state: 'current' as const,
          value: null,
          revealed: true,
          updatedAt: 1,
        },
      ],
    }
    expect(deviceView(revealed, seat, new Set()).step.kind).toBe('waiting')
  })

  it('says sent once the laptop holds what this device sent, and not after an undo', () => {
    const snapshot = at({ lensId: 'alignment', step: 'rate-current' })
    const person = snapshot.participants[0]!
    const sent = {
      lensId: 'alignment',
      state: 'current' as const,
      value: 4 as const,
      note: 'ok',
      seq: 1,
    }
    const mine = { ...seat, participantId: person.id, submitted: sent }
    const stored = {
      ...snapshot,
      consensus: [],
      ratings: [
        {
          id: ratingId(person.id, 'alignment', 'current'),
          workshopId: snapshot.workshop.id,
          participantId: person.id,
          lensId: 'alignment',
          state: 'current' as const,
          value: 4 as const,
          note: 'ok',
          updatedAt: 1,
        },
      ],
    }
    expect(deviceView(stored, mine, new Set()).sent).toEqual({ value: 4, noted: true })
    const undone = deviceView({ ...stored, ratings: [] }, mine, new Set())
    expect(undone).toMatchObject({ sent: null, withdrawn: true })
    expect(deviceView(stored, mine, new Set()).me).toEqual({
      participantId: person.id,
      name: person.name,
    })
  })
})

describe('presenterJoin', () => {
  it('shows the join address beside any view, never on a blank screen', () => {
    const join = { url: 'http://192.168.1.20:41000/ABCDEF/', code: 'ABCDEF' }
    expect(presenterJoin({ blank: false, join })).toEqual(join)
    expect(presenterJoin({ blank: true, join })).toBeNull()
    expect(presenterJoin({ blank: false })).toBeNull()
  })
})
