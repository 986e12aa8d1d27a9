import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consensusId,
  isMaturityLevel,
  isRatingValue,
  MATURITY_LEVELS,
  RATING_STATES,
  ratingId,
  type RatingState,
} from '@shared/domain'

const LEVELS: readonly unknown[] = [1, 2, 3, 4, 5]

/** Anything at all, with numbers near the valid range and look-alikes mixed in often. */
const candidateArb = fc.oneof(
  fc.anything(),
  fc.integer({ min: -3, max: 9 }),
  fc.double(),
  fc.double({ min: 0, max: 6 }),
  // fc.double rarely lands inside [1, 5]: add fractions near every level explicitly.
  fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(0, 0.5, 0.1, 1e-9, -1e-9, -0.5))
    .map(([n, delta]) => n + delta),
  fc.constantFrom<unknown>('unsure', 'Unsure', ' unsure', '3', '', [3], { value: 3 }),
)

describe('isMaturityLevel', () => {
  it('accepts the five levels', () => {
    for (const level of MATURITY_LEVELS) expect(isMaturityLevel(level)).toBe(true)
    expect(MATURITY_LEVELS).toEqual([1, 2, 3, 4, 5])
  })

  it.each<[string, unknown]>([
    ['0', 0],
    ['6', 6],
    ['-1', -1],
    ['2.5', 2.5],
    ['1.0000001', 1.0000001],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ["'3'", '3'],
    ['null', null],
    ['undefined', undefined],
    ["'unsure'", 'unsure'],
    ['3n', 3n],
    ['new Number(3)', new Number(3)],
    ['[3]', [3]],
  ])('rejects %s', (_name, value) => {
    expect(isMaturityLevel(value)).toBe(false)
  })

  it('accepts exactly the integers 1 to 5', () => {
    fc.assert(
      fc.property(candidateArb, (value) => {
        expect(isMaturityLevel(value)).toBe(LEVELS.includes(value))
      }),
    )
  })
})

describe('isRatingValue', () => {
  it("accepts the five levels and 'unsure'", () => {
    for (const level of MATURITY_LEVELS) expect(isRatingValue(level)).toBe(true)
    expect(isRatingValue('unsure')).toBe(true)
  })

  it.each<[string, unknown]>([
    ['0', 0],
    ['6', 6],
    ['2.5', 2.5],
    ['NaN', Number.NaN],
    ["'3'", '3'],
    ['null', null],
    ['undefined', undefined],
    ["'Unsure'", 'Unsure'],
    ["' unsure'", ' unsure'],
    ["''", ''],
  ])('rejects %s', (_name, value) => {
    expect(isRatingValue(value)).toBe(false)
  })

  it("accepts exactly the integers 1 to 5 and 'unsure'", () => {
    fc.assert(
      fc.property(candidateArb, (value) => {
        expect(isRatingValue(value)).toBe(value === 'unsure' || LEVELS.includes(value))
      }),
    )
  })
})

/** Ids that often contain the characters an id format might use as separators. */
const idArb = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('a', ':', '%', '3', 'A', '\\'), maxLength: 4 }),
  fc.string({ unit: fc.constantFrom('a', ':'), maxLength: 3 }),
)
const stateArb = fc.constantFrom<RatingState>(...RATING_STATES)
const keyArb = fc.tuple(idArb, idArb, stateArb)

const sameKey = (
  [a1, b1, s1]: [string, string, RatingState],
  [a2, b2, s2]: [string, string, RatingState],
): boolean => a1 === a2 && b1 === b2 && s1 === s2

describe.each([
  ['ratingId', ratingId],
  ['consensusId', consensusId],
] as const)('%s', (_name, makeId) => {
  it('keeps the readable format for plain ids', () => {
    expect(makeId('p-1', 'strategy', 'current')).toBe('p-1:strategy:current')
    expect(makeId('p-1', 'strategy', 'target')).toBe('p-1:strategy:target')
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(keyArb, ([owner, lensId, state]) => {
        expect(makeId(owner, lensId, state)).toBe(makeId(owner, lensId, state))
      }),
    )
  })

  it('differs for different owners, lenses or states', () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        fc.pre(!sameKey(a, b))
        expect(makeId(...a)).not.toBe(makeId(...b))
      }),
      { numRuns: 1000 },
    )
  })

  it('differs between the two states of the same lens', () => {
    fc.assert(
      fc.property(idArb, idArb, (owner, lensId) => {
        expect(makeId(owner, lensId, 'current')).not.toBe(makeId(owner, lensId, 'target'))
      }),
    )
  })

  it('does not collide when a separator moves between the parts', () => {
    expect(makeId('a:b', 'c', 'current')).not.toBe(makeId('a', 'b:c', 'current'))
    expect(makeId('a', 'b:current', 'target')).not.toBe(makeId('a:b', 'current:target', 'target'))
    expect(makeId('a%3Ab', 'c', 'current')).not.toBe(makeId('a:b', 'c', 'current'))
  })

  it('differs for the same text split differently between owner and lens', () => {
    fc.assert(
      fc.property(idArb, idArb, idArb, stateArb, (x, y, z, state) => {
        expect(makeId(`${x}:${y}`, z, state)).not.toBe(makeId(x, `${y}:${z}`, state))
      }),
    )
  })
})
