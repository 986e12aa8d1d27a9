/**
 * The priority of bets: one ordered list cut by a commit line (committed above it, proposed
 * below, waiting) and a parking lot beside it. Each move is turned into the few status and order
 * changes to store (groupedOrder, with the status as the group), so a move writes only the bets
 * it shifted. Done and dropped bets are not prioritised: nothing here moves them.
 */
import type { Bet, BetStatus } from './bet'
import {
  changedPositions,
  clampIndex,
  itemsInGroup,
  moveInGroups,
  type GroupPosition,
} from './groupedOrder'

/** The groups of the prioritised list, in the order they are shown. */
export const PRIORITY_GROUPS = [
  'committed',
  'proposed',
  'parked',
] as const satisfies readonly BetStatus[]
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number]

export type BetPosition = GroupPosition<'status', PriorityGroup>

type Ordered = Pick<Bet, 'id' | 'status' | 'order'>

export function isPriorityGroup(status: BetStatus): status is PriorityGroup {
  return (PRIORITY_GROUPS as readonly BetStatus[]).includes(status)
}

/** The bets of one group, by order then id. */
export function betsInGroup<T extends Ordered>(bets: readonly T[], group: PriorityGroup): T[] {
  return itemsInGroup(bets, 'status', group)
}

/** The list the commit line cuts: the committed bets, then those waiting below the line. */
export function lineSequence<T extends Ordered>(bets: readonly T[]): T[] {
  return [...betsInGroup(bets, 'committed'), ...betsInGroup(bets, 'proposed')]
}

/**
 * Moving `betId` to `toIndex` of `toGroup` (index in the target group AFTER removing the bet from
 * its own group; clamped): the new positions of every bet whose status or order changed, with
 * orders renumbered 0..n-1 in each affected group. Unknown, done or dropped bet -> []. No-op -> [].
 */
export function placeBet(
  bets: readonly Ordered[],
  betId: string,
  toGroup: PriorityGroup,
  toIndex: number,
): BetPosition[] {
  const moving = bets.find((bet) => bet.id === betId)
  if (!moving || !isPriorityGroup(moving.status)) return []
  // Both groups touched are priority groups: the bet's own (checked) and the target.
  return moveInGroups(bets, 'status', betId, toGroup, toIndex) as BetPosition[]
}

/**
 * The line sequence laid out again with the first `committedCount` bets committed and the rest
 * proposed, each group numbered 0..n-1; only the bets whose status or order changed.
 */
function cutAt(
  bets: readonly Ordered[],
  sequence: readonly Ordered[],
  committedCount: number,
): BetPosition[] {
  const before = new Map(bets.map((bet) => [bet.id, bet]))
  return [
    ...changedPositions('status', 'committed' as const, sequence.slice(0, committedCount), before),
    ...changedPositions('status', 'proposed' as const, sequence.slice(committedCount), before),
  ]
}

const sameIds = (a: readonly Ordered[], b: readonly Ordered[]) =>
  a.length === b.length && a.every((bet, i) => bet.id === b[i]?.id)

/**
 * Orders the committed and proposed bets as one list by their dots, most first (a bet missing
 * from the map has none; ties keep their place), and keeps the line where it is by count: as many
 * bets stay committed as are now, so the room decides where the line goes, not the vote. Parked
 * bets stay parked. Already in that order -> [].
 */
export function seedOrderFromVotes(
  bets: readonly Ordered[],
  dotsByBet: ReadonlyMap<string, number>,
): BetPosition[] {
  const sequence = lineSequence(bets)
  const dots = (bet: Ordered) => dotsByBet.get(bet.id) ?? 0
  // Array.prototype.sort is stable, so equal dots keep the order they had.
  const sorted = [...sequence].sort((a, b) => dots(b) - dots(a))
  if (sameIds(sorted, sequence)) return []
  return cutAt(bets, sorted, betsInGroup(bets, 'committed').length)
}

/**
 * Moves the commit line so that exactly the first `committedCount` (clamped) bets of the line
 * sequence are committed and the rest wait, without changing the sequence. Same count -> [].
 */
export function moveCommitLine(bets: readonly Ordered[], committedCount: number): BetPosition[] {
  const sequence = lineSequence(bets)
  const count = clampIndex(committedCount, sequence.length)
  if (count === betsInGroup(bets, 'committed').length) return []
  return cutAt(bets, sequence, count)
}
