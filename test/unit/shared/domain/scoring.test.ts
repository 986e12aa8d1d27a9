import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DISAGREEMENT_RANGE,
  MATURITY_LEVELS,
  distribution,
  gap,
  isDisagreement,
  median,
  spread,
  summarize,
  type MaturityLevel,
  type RatingValue,
} from '@shared/domain'

const levelArb = fc.constantFrom<MaturityLevel>(...MATURITY_LEVELS)
const valueArb = fc.oneof(
  { arbitrary: levelArb, weight: 4 },
  { arbitrary: fc.constant<RatingValue>('unsure'), weight: 1 },
)
const valuesArb = fc.array(valueArb, { maxLength: 40 })
const numericOnly = (values: readonly RatingValue[]): number[] =>
  values.filter((v): v is MaturityLevel => v !== 'unsure')

describe('distribution', () => {
  it('counts each level, the unsure answers and the totals', () => {
    expect(distribution([1, 3, 3, 'unsure', 5, 3])).toEqual({
      counts: { 1: 1, 2: 0, 3: 3, 4: 0, 5: 1 },
      unsure: 1,
      rated: 5,
      total: 6,
    })
  })

  it('is all zeros for no ratings', () => {
    expect(distribution([])).toEqual({
      counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      unsure: 0,
      rated: 0,
      total: 0,
    })
  })

  it('has counts that add up to the numeric ratings, and a total of every rating', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const d = distribution(values)
        const sum = MATURITY_LEVELS.reduce((acc, level) => acc + d.counts[level], 0)
        expect(sum).toBe(d.rated)
        expect(d.rated + d.unsure).toBe(d.total)
        expect(d.total).toBe(values.length)
        for (const level of MATURITY_LEVELS) {
          expect(d.counts[level]).toBe(values.filter((v) => v === level).length)
        }
      }),
    )
  })
})

describe('median', () => {
  it.each<[RatingValue[], number | null]>([
    [[], null],
    [['unsure', 'unsure'], null],
    [[4], 4],
    [[1, 5, 3], 3],
    [[1, 2, 4, 5], 3],
    [[2, 3], 2.5],
    [[5, 1, 'unsure', 'unsure', 'unsure'], 3],
    [[1, 1, 1, 5], 1],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('lies within the spread, and is a whole or half level', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const m = median(values)
        const s = spread(values)
        expect(m === null).toBe(s === null)
        if (m === null || s === null) return
        expect(m).toBeGreaterThanOrEqual(s.min)
        expect(m).toBeLessThanOrEqual(s.max)
        expect(Number.isInteger(m * 2)).toBe(true)
      }),
    )
  })

  it('has as many ratings strictly below it as strictly above it, at most', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const m = median(values)
        const numeric = numericOnly(values)
        fc.pre(m !== null)
        const below = numeric.filter((v) => v < (m as number)).length
        const above = numeric.filter((v) => v > (m as number)).length
        expect(below).toBeLessThanOrEqual(numeric.length / 2)
        expect(above).toBeLessThanOrEqual(numeric.length / 2)
      }),
    )
  })

  it('ignores unsure answers and the order of the ratings', () => {
    fc.assert(
      fc.property(
        valuesArb.chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
            fc.nat({ max: 5 }),
          ),
        ),
        ([values, shuffled, extraUnsure]) => {
          const withUnsure = [...shuffled, ...Array<RatingValue>(extraUnsure).fill('unsure')]
          expect(median(withUnsure)).toBe(median(values))
          expect(median(numericOnly(values) as MaturityLevel[])).toBe(median(values))
        },
      ),
    )
  })

  it('does not reorder its input', () => {
    const values: RatingValue[] = [5, 1, 'unsure', 3]
    median(values)
    expect(values).toEqual([5, 1, 'unsure', 3])
  })
})

describe('spread', () => {
  it('is null without numeric ratings', () => {
    expect(spread([])).toBeNull()
    expect(spread(['unsure'])).toBeNull()
  })

  it('gives the lowest and highest level and the range between them', () => {
    expect(spread([3, 'unsure', 1, 4])).toEqual({ min: 1, max: 4, range: 3 })
    expect(spread([2, 2])).toEqual({ min: 2, max: 2, range: 0 })
  })

  it('bounds every numeric rating, with both bounds taken by some rating', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const s = spread(values)
        const numeric = numericOnly(values)
        if (s === null) {
          expect(numeric).toEqual([])
          return
        }
        expect(s.range).toBe(s.max - s.min)
        expect(numeric).toContain(s.min)
        expect(numeric).toContain(s.max)
        for (const v of numeric) {
          expect(v).toBeGreaterThanOrEqual(s.min)
          expect(v).toBeLessThanOrEqual(s.max)
        }
      }),
    )
  })
})

describe('isDisagreement', () => {
  it('flags ratings two levels apart or more', () => {
    expect(DISAGREEMENT_RANGE).toBe(2)
    expect(isDisagreement([2, 3, 3])).toBe(false)
    expect(isDisagreement([2, 3, 4])).toBe(true)
    expect(isDisagreement([1, 'unsure', 5])).toBe(true)
    expect(isDisagreement(['unsure', 'unsure'])).toBe(false)
    expect(isDisagreement([])).toBe(false)
  })

  it('holds exactly when the range is at least DISAGREEMENT_RANGE', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const numeric = numericOnly(values)
        const range = numeric.length === 0 ? 0 : Math.max(...numeric) - Math.min(...numeric)
        expect(isDisagreement(values)).toBe(range >= DISAGREEMENT_RANGE)
      }),
    )
  })
})

describe('summarize', () => {
  it('bundles the other measures', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        expect(summarize(values)).toEqual({
          distribution: distribution(values),
          median: median(values),
          spread: spread(values),
          disagreement: isDisagreement(values),
        })
      }),
    )
  })
})

describe('gap', () => {
  it('is target minus current once both are agreed', () => {
    expect(gap(2, 4)).toBe(2)
    expect(gap(4, 2)).toBe(-2)
    expect(gap(3, 3)).toBe(0)
    expect(gap(null, 4)).toBeNull()
    expect(gap(2, null)).toBeNull()
    expect(gap(null, null)).toBeNull()
  })

  it('changes sign when current and target swap', () => {
    fc.assert(
      fc.property(levelArb, levelArb, (a, b) => {
        expect(gap(a, b)).toBe(b - a)
        expect((gap(a, b) as number) + (gap(b, a) as number)).toBe(0)
      }),
    )
  })
})
