/**
 * Dot voting as arithmetic: what each person has spent and has left, whether a change of dots
 * fits their budget, and the room's tally with ranks and ties. The screen, the edits and the
 * tests all count through here, so they never disagree about a dot.
 */
import type { Bet, BetStatus } from './bet'
import { MIN_DOTS_PER_PERSON, type Vote } from './vote'

type VoteDots = Pick<Vote, 'participantId' | 'betId' | 'dots'>

/** Proposed and committed bets are voted on; parked, done and dropped ones are settled. */
export const VOTED_BET_STATUSES: readonly BetStatus[] = ['proposed', 'committed']

export function isVotedOn(bet: Pick<Bet, 'status'>): boolean {
  return VOTED_BET_STATUSES.includes(bet.status)
}

function sumDots(votes: readonly VoteDots[], keyOf: (vote: VoteDots) => string) {
  const sums = new Map<string, number>()
  for (const v of votes) sums.set(keyOf(v), (sums.get(keyOf(v)) ?? 0) + v.dots)
  return sums
}

/** Every person's dots spent, by participant id; people who spent none are absent. */
export function dotsSpentBy(votes: readonly VoteDots[]): Map<string, number> {
  return sumDots(votes, (v) => v.participantId)
}

/** Dots per bet: the sum of every person's dots on it. Bets nobody voted for are absent. */
export function dotsByBet(votes: readonly VoteDots[]): Map<string, number> {
  return sumDots(votes, (v) => v.betId)
}

export function dotsSpent(votes: readonly VoteDots[], participantId: string): number {
  return votes.reduce((sum, v) => (v.participantId === participantId ? sum + v.dots : sum), 0)
}

/** Never negative: a file written under a larger budget may leave someone over. */
export function dotsLeft(
  votes: readonly VoteDots[],
  participantId: string,
  dotsPerPerson: number,
): number {
  return Math.max(0, dotsPerPerson - dotsSpent(votes, participantId))
}

export type DotsProblem = 'negative' | 'notWhole' | 'overBudget'

/**
 * Whether a person may have `dots` on one bet (0 takes their vote away). Only a rise can be
 * refused for the budget: lowering is always allowed, so someone left over budget by an older
 * file can always get back under it.
 */
export function checkDots(
  votes: readonly VoteDots[],
  participantId: string,
  betId: string,
  dots: number,
  dotsPerPerson: number,
): 'ok' | DotsProblem {
  if (Number.isNaN(dots)) return 'notWhole'
  if (dots < 0) return 'negative'
  if (!Number.isInteger(dots)) return 'notWhole'
  let current = 0
  let elsewhere = 0
  for (const v of votes) {
    if (v.participantId !== participantId) continue
    if (v.betId === betId) current += v.dots
    else elsewhere += v.dots
  }
  if (dots > current && elsewhere + dots > dotsPerPerson) return 'overBudget'
  return 'ok'
}

/** The smallest dots-per-person that leaves nobody over budget given the votes cast. */
export function lowestDotsPerPerson(votes: readonly VoteDots[]): number {
  return Math.max(MIN_DOTS_PER_PERSON, ...dotsSpentBy(votes).values())
}

export interface BetTally {
  betId: string
  /** All dots on the bet. */
  dots: number
  /** Participant ids of everyone with a dot on it, sorted by id. */
  voters: string[]
  /** Competition ranking among bets with dots (1, 1, 3); null for a bet nobody voted for. */
  rank: number | null
  /** Shares its dot count with another bet that has at least one dot. */
  tied: boolean
}

/**
 * One entry per bet, most dots first, equal counts in bet order (then id, so the result never
 * depends on the order of its input). Votes for bets not in the list are not counted.
 */
export function tallyVotes(
  bets: readonly Pick<Bet, 'id' | 'order'>[],
  votes: readonly VoteDots[],
): BetTally[] {
  const counts = new Map(bets.map((b) => [b.id, { dots: 0, voters: new Set<string>() }]))
  for (const v of votes) {
    const count = counts.get(v.betId)
    if (!count) continue
    count.dots += v.dots
    count.voters.add(v.participantId)
  }
  const rows = bets.map((bet) => {
    const count = counts.get(bet.id)!
    return { bet, dots: count.dots, voters: [...count.voters].sort(compareText) }
  })
  rows.sort(
    (a, b) => b.dots - a.dots || a.bet.order - b.bet.order || compareText(a.bet.id, b.bet.id),
  )
  const perCount = new Map<number, number>()
  for (const row of rows) perCount.set(row.dots, (perCount.get(row.dots) ?? 0) + 1)
  return rows.map((row) => {
    const voted = row.dots > 0
    return {
      betId: row.bet.id,
      dots: row.dots,
      voters: row.voters,
      rank: voted ? 1 + rows.filter((other) => other.dots > row.dots).length : null,
      tied: voted && (perCount.get(row.dots) ?? 0) > 1,
    }
  })
}

/** Plain code-unit order: the same everywhere, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
