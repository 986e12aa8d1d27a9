/**
 * The record changes of prioritising bets, as pure functions of the open workshop: the domain
 * says which bets get a new status or order, these turn that into stored bets, stamped now.
 */
import {
  dotsByBet,
  moveCommitLine,
  placeBet,
  seedOrderFromVotes,
  type BetPosition,
  type PriorityGroup,
} from '@shared/domain'
import { change, type RecordChange, type RecordFactory } from '../../../db'
import type { SessionData } from '../sessionData'

function toChanges(
  data: SessionData,
  positions: readonly BetPosition[],
  records: RecordFactory,
): RecordChange[] {
  const now = records.now()
  return positions.flatMap((position) => {
    const before = data.bets.find((bet) => bet.id === position.id)
    if (!before) return []
    const after = { ...before, status: position.status, order: position.order, updatedAt: now }
    return [change('bets', before, after)]
  })
}

export function placeBetChanges(
  data: SessionData,
  betId: string,
  group: PriorityGroup,
  index: number,
  records: RecordFactory,
): RecordChange[] {
  return toChanges(data, placeBet(data.bets, betId, group, index), records)
}

export function seedFromVotesChanges(data: SessionData, records: RecordFactory): RecordChange[] {
  return toChanges(data, seedOrderFromVotes(data.bets, dotsByBet(data.votes)), records)
}

export function moveCommitLineChanges(
  data: SessionData,
  committedCount: number,
  records: RecordFactory,
): RecordChange[] {
  return toChanges(data, moveCommitLine(data.bets, committedCount), records)
}
