import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LENS_STEPS,
  nextStep,
  previousStep,
  sameStep,
  stateOfStep,
  stepMinutes,
  stepSequence,
  type AgendaItem,
  type LensStep,
  type StepRef,
} from '@shared/domain'

const agendaArb: fc.Arbitrary<AgendaItem[]> = fc
  .uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 7 })
  .map((lensIds) => lensIds.map((lensId) => ({ lensId, minutes: 30 })))
const stepArb = fc.constantFrom<LensStep>(...LENS_STEPS)
/** An agenda and one step that is in its sequence. */
const agendaAndStepArb = agendaArb
  .filter((agenda) => agenda.length > 0)
  .chain((agenda) =>
    fc.tuple(fc.constant(agenda), fc.nat({ max: agenda.length * LENS_STEPS.length - 1 })),
  )
  .map(([agenda, i]) => [agenda, stepSequence(agenda)[i] as StepRef] as const)

const agenda: AgendaItem[] = [
  { lensId: 'alignment', minutes: 30 },
  { lensId: 'leadership', minutes: 45 },
]

describe('stepSequence', () => {
  it('walks every lens through the six steps, in agenda order', () => {
    const sequence = stepSequence(agenda)
    expect(sequence).toHaveLength(12)
    expect(sequence.slice(0, 6)).toEqual(LENS_STEPS.map((step) => ({ lensId: 'alignment', step })))
    expect(sequence[6]).toEqual({ lensId: 'leadership', step: 'introduce' })
    expect(stepSequence([])).toEqual([])
  })

  it('has six steps per agenda lens, in the same order for each', () => {
    fc.assert(
      fc.property(agendaArb, (items) => {
        const sequence = stepSequence(items)
        expect(sequence).toHaveLength(LENS_STEPS.length * items.length)
        sequence.forEach((ref, i) => {
          expect(ref.lensId).toBe(items[Math.floor(i / LENS_STEPS.length)]?.lensId)
          expect(ref.step).toBe(LENS_STEPS[i % LENS_STEPS.length])
        })
      }),
    )
  })
})

describe('sameStep', () => {
  it('compares lens and step', () => {
    expect(sameStep({ lensId: 'a', step: 'gap' }, { lensId: 'a', step: 'gap' })).toBe(true)
    expect(sameStep({ lensId: 'a', step: 'gap' }, { lensId: 'b', step: 'gap' })).toBe(false)
    expect(sameStep({ lensId: 'a', step: 'gap' }, { lensId: 'a', step: 'introduce' })).toBe(false)
  })
})

describe('nextStep and previousStep', () => {
  it('move within a lens and across lenses', () => {
    expect(nextStep(agenda, { lensId: 'alignment', step: 'introduce' })).toEqual({
      lensId: 'alignment',
      step: 'rate-current',
    })
    expect(nextStep(agenda, { lensId: 'alignment', step: 'gap' })).toEqual({
      lensId: 'leadership',
      step: 'introduce',
    })
    expect(previousStep(agenda, { lensId: 'leadership', step: 'introduce' })).toEqual({
      lensId: 'alignment',
      step: 'gap',
    })
  })

  it('stop at the ends', () => {
    expect(previousStep(agenda, { lensId: 'alignment', step: 'introduce' })).toBeNull()
    expect(nextStep(agenda, { lensId: 'leadership', step: 'gap' })).toBeNull()
    expect(nextStep([], { lensId: 'alignment', step: 'gap' })).toBeNull()
  })

  it('restart from the first step when the current lens left the agenda', () => {
    expect(nextStep(agenda, { lensId: 'removed', step: 'reveal-target' })).toEqual({
      lensId: 'alignment',
      step: 'introduce',
    })
    expect(previousStep(agenda, { lensId: 'removed', step: 'reveal-target' })).toBeNull()
  })

  it('are inverse of each other inside the sequence', () => {
    fc.assert(
      fc.property(agendaAndStepArb, ([items, step]) => {
        const next = nextStep(items, step)
        const previous = previousStep(items, step)
        if (next) expect(previousStep(items, next)).toEqual(step)
        if (previous) expect(nextStep(items, previous)).toEqual(step)
        const sequence = stepSequence(items)
        expect(next === null).toBe(sameStep(step, sequence[sequence.length - 1] as StepRef))
        expect(previous === null).toBe(sameStep(step, sequence[0] as StepRef))
      }),
    )
  })

  it('visit the whole sequence from the first step', () => {
    fc.assert(
      fc.property(agendaArb, (items) => {
        const visited: StepRef[] = []
        let at = nextStep(items, { lensId: '\u0000not on the agenda', step: 'gap' })
        while (at) {
          visited.push(at)
          at = nextStep(items, at)
        }
        expect(visited).toEqual(stepSequence(items))
      }),
    )
  })
})

describe('stateOfStep', () => {
  it('links rating and reveal steps to their state', () => {
    expect(LENS_STEPS.map(stateOfStep)).toEqual([
      null,
      'current',
      'current',
      'target',
      'target',
      null,
    ])
  })
})

describe('stepMinutes', () => {
  it('shares the timebox by weight', () => {
    expect(LENS_STEPS.map((step) => stepMinutes(60, step))).toEqual([5, 10, 15, 10, 15, 5])
    expect(LENS_STEPS.map((step) => stepMinutes(30, step))).toEqual([3, 5, 8, 5, 8, 3])
  })

  it('gives every step at least a minute', () => {
    expect(LENS_STEPS.map((step) => stepMinutes(0, step))).toEqual([1, 1, 1, 1, 1, 1])
    expect(stepMinutes(Number.NaN, 'gap')).toBe(1)
  })

  it('gives whole minutes that add up to about the timebox', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 600 }), stepArb, (minutes, step) => {
        const m = stepMinutes(minutes, step)
        expect(Number.isInteger(m)).toBe(true)
        expect(m).toBeGreaterThanOrEqual(1)
        const total = LENS_STEPS.reduce((sum, s) => sum + stepMinutes(minutes, s), 0)
        expect(Math.abs(total - minutes)).toBeLessThanOrEqual(LENS_STEPS.length / 2)
        expect(stepMinutes(minutes, 'reveal-current')).toBeGreaterThanOrEqual(
          stepMinutes(minutes, 'rate-current'),
        )
        expect(stepMinutes(minutes, 'rate-target')).toBeGreaterThanOrEqual(
          stepMinutes(minutes, 'gap'),
        )
      }),
    )
  })
})
