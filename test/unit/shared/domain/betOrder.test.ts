import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BET_STATUSES,
  PRIORITY_GROUPS,
  betsInGroup,
  lineSequence,
  moveCommitLine,
  placeBet,
  seedOrderFromVotes,
  type BetPosition,
  type BetStatus,
  type PriorityGroup,
} from '@shared/domain'

interface Placed {
  id: string
  status: BetStatus
  order: number
}

const bet = (id: string, status: BetStatus, order: number): Placed => ({ id, status, order })
const ids = (bets: readonly Placed[], group: PriorityGroup): string[] =>
  betsInGroup(bets, group).map((b) => b.id)
const line = (bets: readonly Placed[]) => lineSequence(bets).map((b) => b.id)
const apply = (bets: readonly Placed[], positions: readonly BetPosition[]): Placed[] =>
  bets.map((b) => positions.find((p) => p.id === b.id) ?? b)
const committedCount = (bets: readonly Placed[]) => ids(bets, 'committed').length
const orders = (bets: readonly Placed[], group: PriorityGroup) =>
  betsInGroup(bets, group).map((b) => b.order)
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

const groupArb = fc.constantFrom<PriorityGroup>(...PRIORITY_GROUPS)
/** Unique ids, every status (done and dropped too); small orders so ties and gaps happen. */
const betsArb: fc.Arbitrary<Placed[]> = fc
  .uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 3 }), {
    maxLength: 10,
  })
  .chain((betIds) =>
    fc.tuple(
      ...betIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          status: fc.constantFrom<BetStatus>(...BET_STATUSES),
          order: fc.integer({ min: -2, max: 6 }),
        }),
      ),
    ),
  )
/** Bets laid out as the app stores them: orders 0..n-1 in each group. */
const tidyBetsArb: fc.Arbitrary<Placed[]> = betsArb.map((bets) => [
  ...PRIORITY_GROUPS.flatMap((group) =>
    betsInGroup(bets, group).map((b, order) => ({ ...b, order })),
  ),
  ...bets.filter((b) => b.status === 'done' || b.status === 'dropped'),
])
const dotsArb = (bets: readonly Placed[]) =>
  fc
    .tuple(...bets.map((b) => fc.tuple(fc.constant(b.id), fc.integer({ min: 0, max: 4 }))))
    .map((pairs) => new Map(pairs))
const prioritised = (bets: readonly Placed[]) =>
  bets.filter((b) => b.status !== 'done' && b.status !== 'dropped')

describe('betsInGroup', () => {
  it('lists one group by order, then by id', () => {
    const bets = [
      bet('b', 'committed', 1),
      bet('x', 'parked', 0),
      bet('a', 'committed', 1),
      bet('c', 'committed', 0),
      bet('d', 'done', 0),
    ]
    expect(ids(bets, 'committed')).toEqual(['c', 'a', 'b'])
    expect(ids(bets, 'parked')).toEqual(['x'])
    expect(ids(bets, 'proposed')).toEqual([])
  })
})

describe('placeBet', () => {
  const list = [
    bet('a', 'committed', 0),
    bet('b', 'committed', 1),
    bet('w', 'proposed', 0),
    bet('x', 'proposed', 1),
    bet('p', 'parked', 0),
    bet('d', 'done', 0),
  ]

  it('commits a waiting bet where it is dropped, renumbering both groups', () => {
    const after = apply(list, placeBet(list, 'x', 'committed', 1))
    expect(ids(after, 'committed')).toEqual(['a', 'x', 'b'])
    expect(orders(after, 'committed')).toEqual([0, 1, 2])
    expect(ids(after, 'proposed')).toEqual(['w'])
  })

  it('parks a bet and brings it back', () => {
    const parked = apply(list, placeBet(list, 'a', 'parked', 0))
    expect(ids(parked, 'parked')).toEqual(['a', 'p'])
    expect(ids(parked, 'committed')).toEqual(['b'])
    const back = apply(parked, placeBet(parked, 'a', 'proposed', 99))
    expect(ids(back, 'proposed')).toEqual(['w', 'x', 'a'])
  })

  it('changes nothing for a no-op, an unknown bet, or a done bet', () => {
    expect(placeBet(list, 'b', 'committed', 1)).toEqual([])
    expect(placeBet(list, 'b', 'committed', 7)).toEqual([])
    expect(placeBet(list, 'nope', 'committed', 0)).toEqual([])
    expect(placeBet(list, 'd', 'committed', 0)).toEqual([])
  })

  it('keeps every bet once, groups 0..n-1, lands at the clamped index, leaves the rest', () => {
    const moveArb = betsArb
      .filter((bets) => bets.length > 0)
      .chain((bets) =>
        fc.tuple(
          fc.constant(bets),
          fc.constantFrom(...bets.map((b) => b.id)),
          groupArb,
          fc.integer({ min: -2, max: 12 }),
        ),
      )
    fc.assert(
      fc.property(moveArb, ([bets, id, group, index]) => {
        const moving = bets.find((b) => b.id === id) as Placed
        const positions = placeBet(bets, id, group, index)
        const after = apply(bets, positions)
        expect(after.map((b) => b.id).sort()).toEqual(bets.map((b) => b.id).sort())
        expect(new Set(positions.map((p) => p.id)).size).toBe(positions.length)
        if (moving.status === 'done' || moving.status === 'dropped') {
          expect(positions).toEqual([])
          return
        }
        const target = ids(after, group)
        const expected = Math.min(Math.max(index, 0), target.length - 1)
        expect(target.indexOf(id)).toBe(expected)
        const touched = new Set<BetStatus>([moving.status, group])
        for (const g of PRIORITY_GROUPS) {
          if (touched.has(g) && positions.length > 0)
            expect(orders(after, g)).toEqual(range(ids(after, g).length))
          else expect(betsInGroup(after, g)).toEqual(betsInGroup(bets, g))
        }
        for (const b of bets.filter((b) => !prioritised(bets).includes(b)))
          expect(after.find((a) => a.id === b.id)).toEqual(b)
      }),
    )
  })

  it('writes nothing when the bet is dropped where it already is', () => {
    const sameArb = tidyBetsArb
      .filter((bets) => prioritised(bets).length > 0)
      .chain((bets) => fc.tuple(fc.constant(bets), fc.constantFrom(...prioritised(bets))))
    fc.assert(
      fc.property(sameArb, ([bets, b]) => {
        const group = b.status as PriorityGroup
        expect(placeBet(bets, b.id, group, ids(bets, group).indexOf(b.id))).toEqual([])
      }),
    )
  })

  it('is idempotent: placing the bet again where it went changes nothing', () => {
    const moveArb = tidyBetsArb
      .filter((bets) => prioritised(bets).length > 0)
      .chain((bets) =>
        fc.tuple(
          fc.constant(bets),
          fc.constantFrom(...prioritised(bets).map((b) => b.id)),
          groupArb,
          fc.integer({ min: -2, max: 12 }),
        ),
      )
    fc.assert(
      fc.property(moveArb, ([bets, id, group, index]) => {
        const after = apply(bets, placeBet(bets, id, group, index))
        expect(placeBet(after, id, group, index)).toEqual([])
      }),
    )
  })
})

describe('seedOrderFromVotes', () => {
  it('puts the most dots first and keeps as many bets committed as before', () => {
    const bets = [
      bet('a', 'committed', 0),
      bet('b', 'committed', 1),
      bet('w', 'proposed', 0),
      bet('x', 'proposed', 1),
      bet('p', 'parked', 0),
    ]
    const dots = new Map([
      ['x', 5],
      ['b', 2],
      ['w', 2],
      ['p', 9],
    ])
    const after = apply(bets, seedOrderFromVotes(bets, dots))
    expect(ids(after, 'committed')).toEqual(['x', 'b'])
    expect(ids(after, 'proposed')).toEqual(['w', 'a'])
    expect(ids(after, 'parked')).toEqual(['p'])
  })

  it('commits nothing when nothing was committed', () => {
    const bets = [bet('a', 'proposed', 0), bet('b', 'proposed', 1)]
    const after = apply(bets, seedOrderFromVotes(bets, new Map([['b', 3]])))
    expect(ids(after, 'proposed')).toEqual(['b', 'a'])
    expect(ids(after, 'committed')).toEqual([])
  })

  it('orders by dots across the line, keeps ties and the count, leaves the rest, is idempotent', () => {
    const seedArb = betsArb.chain((bets) => fc.tuple(fc.constant(bets), dotsArb(bets)))
    fc.assert(
      fc.property(seedArb, ([bets, dots]) => {
        const positions = seedOrderFromVotes(bets, dots)
        const after = apply(bets, positions)
        const sequence = line(after)
        const dotsOf = (id: string) => dots.get(id) ?? 0
        sequence.slice(1).forEach((id, i) => {
          const previous = sequence[i] as string
          expect(dotsOf(id)).toBeLessThanOrEqual(dotsOf(previous))
          // Equal dots keep the order they had before.
          if (dotsOf(id) === dotsOf(previous))
            expect(line(bets).indexOf(id)).toBeGreaterThan(line(bets).indexOf(previous))
        })
        expect(committedCount(after)).toBe(committedCount(bets))
        expect(new Set(sequence)).toEqual(new Set(line(bets)))
        expect(betsInGroup(after, 'parked')).toEqual(betsInGroup(bets, 'parked'))
        expect(positions.every((p) => p.status !== 'parked')).toBe(true)
        if (positions.length > 0) {
          expect(orders(after, 'committed')).toEqual(range(committedCount(after)))
          expect(orders(after, 'proposed')).toEqual(range(ids(after, 'proposed').length))
        }
        expect(seedOrderFromVotes(after, dots)).toEqual([])
      }),
    )
  })
})

describe('moveCommitLine', () => {
  const bets = [
    bet('a', 'committed', 0),
    bet('w', 'proposed', 0),
    bet('x', 'proposed', 1),
    bet('p', 'parked', 0),
  ]

  it('moves the line down and up without changing the sequence', () => {
    const down = apply(bets, moveCommitLine(bets, 2))
    expect(ids(down, 'committed')).toEqual(['a', 'w'])
    expect(ids(down, 'proposed')).toEqual(['x'])
    const up = apply(down, moveCommitLine(down, 0))
    expect(ids(up, 'committed')).toEqual([])
    expect(ids(up, 'proposed')).toEqual(['a', 'w', 'x'])
    expect(moveCommitLine(bets, 1)).toEqual([])
  })

  it('commits exactly the clamped count, keeps the sequence and the parking lot, is idempotent', () => {
    const lineArb = betsArb.chain((bets) =>
      fc.tuple(fc.constant(bets), fc.integer({ min: -3, max: 14 })),
    )
    fc.assert(
      fc.property(lineArb, ([bets, count]) => {
        const positions = moveCommitLine(bets, count)
        const after = apply(bets, positions)
        const expected = Math.min(Math.max(count, 0), line(bets).length)
        expect(committedCount(after)).toBe(expected)
        expect(line(after)).toEqual(line(bets))
        expect(betsInGroup(after, 'parked')).toEqual(betsInGroup(bets, 'parked'))
        if (positions.length > 0) {
          expect(orders(after, 'committed')).toEqual(range(committedCount(after)))
          expect(orders(after, 'proposed')).toEqual(range(ids(after, 'proposed').length))
        }
        expect(moveCommitLine(after, count)).toEqual([])
      }),
    )
  })
})
