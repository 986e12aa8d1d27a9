/**
 * The priority of bets: one ordered list cut by a commit line (committed above it, proposed
 * below, waiting) and a parking lot beside it. Each move is turned into the few status and order
 * changes to store, after `moveCard`, so a move writes only the bets it shifted. Done and dropped
 * bets are not prioritised: nothing here moves them.
 */
import type { Bet, BetStatus } from './bet'

/** The groups of the prioritised list, in the order they are shown. */
export const PRIORITY_GROUPS = [
  'committed',
  'proposed',
  'parked',
] as const satisfies readonly BetStatus[]
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number]

export interface BetPosition {
  id: string
  status: PriorityGroup
  order: number
}

type Ordered = Pick<Bet, 'id' | 'status' | 'order'>

export function isPriorityGroup(status: BetStatus): status is PriorityGroup {
  return (PRIORITY_GROUPS as readonly BetStatus[]).includes(status)
}

/** Code-unit order for the tie-break: localeCompare calls some distinct ids equal. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The bets of one group, by order then id. */
export function betsInGroup<T extends Ordered>(bets: readonly T[], group: PriorityGroup): T[] {
  return bets
    .filter((bet) => bet.status === group)
    .sort((a, b) => a.order - b.order || compareIds(a.id, b.id))
}

/** The list the commit line cuts: the committed bets, then those waiting below the line. */
export function lineSequence<T extends Ordered>(bets: readonly T[]): T[] {
  return [...betsInGroup(bets, 'committed'), ...betsInGroup(bets, 'proposed')]
}

function clampIndex(index: number, length: number): number {
  const whole = Number.isNaN(index) ? 0 : Math.trunc(index)
  return Math.min(Math.max(whole, 0), length)
}

/** Positions 0..n-1 in a group, keeping only those that differ from what is stored. */
function changedPositions(
  group: PriorityGroup,
  ordered: readonly Ordered[],
  before: ReadonlyMap<string, Ordered>,
): BetPosition[] {
  return ordered
    .map((bet, order): BetPosition => ({ id: bet.id, status: group, order }))
    .filter((position) => {
      const old = before.get(position.id)
      return old?.status !== position.status || old.order !== position.order
    })
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
  const from = moving.status
  const others = bets.filter((bet) => bet !== moving)
  const target = betsInGroup(others, toGroup)
  const index = clampIndex(toIndex, target.length)
  // Dropping a bet where it already is must not renumber a group whose orders have gaps.
  if (from === toGroup && index === betsInGroup(bets, from).indexOf(moving)) return []

  const before = new Map(bets.map((bet) => [bet.id, bet]))
  const targetAfter = [...target.slice(0, index), moving, ...target.slice(index)]
  const changed = changedPositions(toGroup, targetAfter, before)
  if (from === toGroup) return changed
  return [...changed, ...changedPositions(from, betsInGroup(others, from), before)]
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
    ...changedPositions('committed', sequence.slice(0, committedCount), before),
    ...changedPositions('proposed', sequence.slice(committedCount), before),
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
