import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkDots,
  dotsByBet,
  dotsSpentBy,
  dotsLeft,
  dotsSpent,
  lowestDotsPerPerson,
  tallyVotes,
  type BetTally,
} from '@shared/domain'

interface BetLike {
  id: string
  order: number
}
interface VoteLike {
  participantId: string
  betId: string
  dots: number
}

const idArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 2 })
/** Unique ids, orders from a small range so that equal orders happen. */
const betsArb: fc.Arbitrary<BetLike[]> = fc
  .uniqueArray(idArb, { maxLength: 8 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) => fc.record({ id: fc.constant(id), order: fc.integer({ min: 0, max: 3 }) })),
    ),
  )
/** One vote per person and bet, as the app stores them; some for bets not in the list. */
const votesArb: fc.Arbitrary<VoteLike[]> = fc.uniqueArray(
  fc.record({
    participantId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
    betId: idArb,
    dots: fc.integer({ min: 1, max: 5 }),
  }),
  { maxLength: 20, selector: (v) => `${v.participantId}/${v.betId}` },
)
const roomArb = fc.tuple(betsArb, votesArb)

const sum = (numbers: readonly number[]) => numbers.reduce((a, b) => a + b, 0)

describe('dotsByBet and dotsSpentBy', () => {
  it('agree with the tally for every bet, and with every person’s own sum', () => {
    fc.assert(
      fc.property(roomArb, ([bets, votes]) => {
        const byBet = dotsByBet(votes)
        for (const t of tallyVotes(bets, votes)) expect(byBet.get(t.betId) ?? 0).toBe(t.dots)
        const bySpender = dotsSpentBy(votes)
        for (const person of ['p1', 'p2', 'p3', 'p4'])
          expect(bySpender.get(person) ?? 0).toBe(dotsSpent(votes, person))
        // Nobody without a dot is listed: absent means none.
        expect([...byBet.values()].every((dots) => dots > 0)).toBe(true)
        expect(sum([...byBet.values()])).toBe(sum(votes.map((v) => v.dots)))
      }),
    )
  })
})

describe('tallyVotes', () => {
  it('counts every dot on an existing bet, and only those', () => {
    fc.assert(
      fc.property(roomArb, ([bets, votes]) => {
        const tally = tallyVotes(bets, votes)
        const ids = new Set(bets.map((b) => b.id))
        expect(tally.map((t) => t.betId).sort()).toEqual([...ids].sort())
        expect(sum(tally.map((t) => t.dots))).toBe(
          sum(votes.filter((v) => ids.has(v.betId)).map((v) => v.dots)),
        )
        for (const t of tally) {
          const on = votes.filter((v) => v.betId === t.betId)
          expect(t.dots).toBe(sum(on.map((v) => v.dots)))
          expect(t.voters).toEqual(on.map((v) => v.participantId).sort())
        }
      }),
    )
  })

  it('lists the most dots first, equal counts in bet order', () => {
    fc.assert(
      fc.property(roomArb, ([bets, votes]) => {
        const tally = tallyVotes(bets, votes)
        const order = new Map(bets.map((b) => [b.id, b.order]))
        for (let i = 1; i < tally.length; i++) {
          const [a, b] = [tally[i - 1]!, tally[i]!]
          expect(a.dots).toBeGreaterThanOrEqual(b.dots)
          if (a.dots === b.dots)
            expect(order.get(a.betId)!).toBeLessThanOrEqual(order.get(b.betId)!)
        }
      }),
    )
  })

  it('flags as tied exactly the bets sharing a count of at least one dot', () => {
    fc.assert(
      fc.property(roomArb, ([bets, votes]) => {
        const tally = tallyVotes(bets, votes)
        for (const t of tally) {
          const same = tally.filter((o) => o.dots === t.dots).length
          expect(t.tied).toBe(t.dots > 0 && same > 1)
        }
      }),
    )
  })

  it('ranks in competition style: one more than the bets with more dots; none without dots', () => {
    fc.assert(
      fc.property(roomArb, ([bets, votes]) => {
        const tally = tallyVotes(bets, votes)
        for (const [index, t] of tally.entries()) {
          if (t.dots === 0) {
            expect(t.rank).toBeNull()
            continue
          }
          expect(t.rank).toBe(1 + tally.filter((o) => o.dots > t.dots).length)
          expect(t.rank).toBeLessThanOrEqual(index + 1)
          if (t.tied) expect(tally.some((o) => o !== t && o.rank === t.rank)).toBe(true)
        }
        const zeros = tally.findIndex((t) => t.rank === null)
        if (zeros !== -1) expect(tally.slice(zeros).every((t) => t.rank === null)).toBe(true)
      }),
    )
  })

  it('does not depend on the order of bets or votes', () => {
    fc.assert(
      fc.property(
        roomArb.chain(([bets, votes]) =>
          fc.tuple(
            fc.constant(bets),
            fc.constant(votes),
            fc.shuffledSubarray(bets, { minLength: bets.length }),
            fc.shuffledSubarray(votes, { minLength: votes.length }),
          ),
        ),
        ([bets, votes, shuffledBets, shuffledVotes]) => {
          expect(tallyVotes(shuffledBets, shuffledVotes)).toEqual(tallyVotes(bets, votes))
        },
      ),
    )
  })

  it('shows a worked example: 1, 1, 3 and an unvoted bet last', () => {
    const bets = [
      { id: 'x', order: 0 },
      { id: 'y', order: 1 },
      { id: 'z', order: 2 },
      { id: 'w', order: 3 },
    ]
    const votes = [
      { participantId: 'p1', betId: 'z', dots: 2 },
      { participantId: 'p2', betId: 'y', dots: 2 },
      { participantId: 'p2', betId: 'x', dots: 1 },
      { participantId: 'p1', betId: 'gone', dots: 1 },
    ]
    expect(tallyVotes(bets, votes)).toEqual<BetTally[]>([
      { betId: 'y', dots: 2, voters: ['p2'], rank: 1, tied: true },
      { betId: 'z', dots: 2, voters: ['p1'], rank: 1, tied: true },
      { betId: 'x', dots: 1, voters: ['p2'], rank: 3, tied: false },
      { betId: 'w', dots: 0, voters: [], rank: null, tied: false },
    ])
  })
})

describe('checkDots', () => {
  const changeArb = fc.record({
    votes: votesArb,
    participantId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
    betId: idArb,
    dots: fc.integer({ min: 0, max: 12 }),
    budget: fc.integer({ min: 1, max: 20 }),
  })
  const setDots = (votes: VoteLike[], participantId: string, betId: string, dots: number) => [
    ...votes.filter((v) => v.participantId !== participantId || v.betId !== betId),
    ...(dots > 0 ? [{ participantId, betId, dots }] : []),
  ]

  it('never lets a person go over budget by a change it allows', () => {
    fc.assert(
      fc.property(changeArb, ({ votes, participantId, betId, dots, budget }) => {
        const before = dotsSpent(votes, participantId)
        const after = dotsSpent(setDots(votes, participantId, betId, dots), participantId)
        const verdict = checkDots(votes, participantId, betId, dots, budget)
        if (verdict === 'ok' && after > before) expect(after).toBeLessThanOrEqual(budget)
        if (verdict === 'overBudget') expect(after).toBeGreaterThan(budget)
      }),
    )
  })

  it('keeps someone within budget within it', () => {
    fc.assert(
      fc.property(changeArb, ({ votes, participantId, betId, dots, budget }) => {
        fc.pre(dotsSpent(votes, participantId) <= budget)
        const verdict = checkDots(votes, participantId, betId, dots, budget)
        const after = dotsSpent(setDots(votes, participantId, betId, dots), participantId)
        expect(verdict === 'ok').toBe(after <= budget)
      }),
    )
  })

  it('always allows lowering, even for someone already over budget', () => {
    fc.assert(
      fc.property(changeArb, ({ votes, participantId, betId, budget }) => {
        const current = votes.find((v) => v.participantId === participantId && v.betId === betId)
        fc.pre(current !== undefined)
        for (let dots = 0; dots <= current.dots; dots++)
          expect(checkDots(votes, participantId, betId, dots, budget)).toBe('ok')
      }),
    )
  })

  it('refuses what is not a whole number of dots', () => {
    expect(checkDots([], 'p1', 'x', -1, 3)).toBe('negative')
    expect(checkDots([], 'p1', 'x', 1.5, 3)).toBe('notWhole')
    expect(checkDots([], 'p1', 'x', Number.NaN, 3)).toBe('notWhole')
    expect(checkDots([], 'p1', 'x', Infinity, 3)).toBe('notWhole')
  })
})

describe('dots spent, left and the lowest budget', () => {
  it('counts each person apart, never below zero left', () => {
    fc.assert(
      fc.property(votesArb, fc.integer({ min: 1, max: 20 }), (votes, budget) => {
        for (const p of ['p1', 'p2', 'p3', 'p4']) {
          const spent = sum(votes.filter((v) => v.participantId === p).map((v) => v.dots))
          expect(dotsSpent(votes, p)).toBe(spent)
          expect(dotsLeft(votes, p, budget)).toBe(Math.max(0, budget - spent))
        }
      }),
    )
  })

  it('is the most anyone spent, and at least one', () => {
    fc.assert(
      fc.property(votesArb, (votes) => {
        const lowest = lowestDotsPerPerson(votes)
        const people = ['p1', 'p2', 'p3', 'p4']
        expect(lowest).toBe(Math.max(1, ...people.map((p) => dotsSpent(votes, p))))
        expect(people.every((p) => dotsSpent(votes, p) <= lowest)).toBe(true)
      }),
    )
    expect(lowestDotsPerPerson([])).toBe(1)
  })
})
