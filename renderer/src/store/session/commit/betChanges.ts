/**
 * The edits of bets as pure functions from the current data to record changes: a bet that does not
 * pass validation returns its errors and no changes, so nothing half-valid is ever stored.
 */
import {
  BET_LONG_TEXT_MAX,
  validateBetDraft,
  type Bet,
  type BetDraft,
  type BetDraftErrors,
  type BetReview,
  type BetStatus,
} from '@shared/domain'
import { change, type RecordChange, type RecordFactory } from '../../../db'
import type { EditResult } from '../edits'
import type { SessionData } from '../sessionData'

const done = (changes: RecordChange[]): EditResult<never> => ({ ok: true, changes })

/** After the last bet of its status group, as a card goes to the end of its column. */
function nextOrder(data: SessionData, status: BetStatus, exceptId?: string): number {
  return (
    data.bets
      .filter((b) => b.status === status && b.id !== exceptId)
      .reduce((max, b) => Math.max(max, b.order), -1) + 1
  )
}

const lensIds = (data: SessionData) => data.workshop.template.lenses.map((lens) => lens.id)
/** A bet may name a team of either map: it changes what is there today or builds what is new. */
const teamKeys = (data: SessionData) =>
  data.mapElements.filter((e) => e.kind === 'team').map((e) => e.key)

export function addBet(
  data: SessionData,
  draft: BetDraft,
  status: BetStatus,
  records: RecordFactory,
): EditResult<BetDraftErrors> {
  const validation = validateBetDraft(draft, lensIds(data), teamKeys(data))
  if (!validation.ok) return { ok: false, problem: validation.errors }
  const now = records.now()
  const bet: Bet = {
    id: records.newId(),
    workshopId: data.workshop.id,
    ...validation.value,
    status,
    order: nextOrder(data, status),
    createdAt: now,
    updatedAt: now,
  }
  return done([change('bets', undefined, bet)])
}

/** The bet with its status set; moving to another group puts it at that group's end. */
function withStatus(data: SessionData, bet: Bet, status: BetStatus): Bet {
  if (bet.status === status) return bet
  return { ...bet, status, order: nextOrder(data, status, bet.id) }
}

const sameFields = (a: Bet, b: Bet) =>
  (Object.keys(a) as (keyof Bet)[]).every(
    (key) => key === 'updatedAt' || JSON.stringify(a[key]) === JSON.stringify(b[key]),
  )

/** New fields (and, from the form, a new status) in one step. An unknown bet changes nothing. */
export function updateBet(
  data: SessionData,
  betId: string,
  draft: BetDraft,
  status: BetStatus | undefined,
  records: RecordFactory,
): EditResult<BetDraftErrors> {
  const before = data.bets.find((b) => b.id === betId)
  if (!before) return done([])
  const validation = validateBetDraft(draft, lensIds(data), teamKeys(data))
  if (!validation.ok) return { ok: false, problem: validation.errors }
  const edited = withStatus(data, { ...before, ...validation.value }, status ?? before.status)
  if (sameFields(edited, before)) return done([])
  return done([change('bets', before, { ...edited, updatedAt: records.now() })])
}

export function setBetStatus(
  data: SessionData,
  betId: string,
  status: BetStatus,
  records: RecordFactory,
): RecordChange[] {
  const before = data.bets.find((b) => b.id === betId)
  if (!before || before.status === status) return []
  return [change('bets', before, { ...withStatus(data, before, status), updatedAt: records.now() })]
}

/** The bet and every dot spent on it, in one step, so undo brings the dots back with it. */
export function removeBet(data: SessionData, betId: string): RecordChange[] {
  const bet = data.bets.find((b) => b.id === betId)
  if (!bet) return []
  const votes = data.votes.filter((v) => v.betId === betId)
  return [...votes.map((v) => change('votes', v, undefined)), change('bets', bet, undefined)]
}

/**
 * The room's review of a bet the earlier workshop committed to. The review lives inside the
 * workshop's copy of that workshop, so it is a change of the workshop record.
 */
export function reviewEarlierBet(
  data: SessionData,
  earlierBetId: string,
  review: Partial<BetReview>,
  records: RecordFactory,
): EditResult<'tooLong'> {
  const { workshop } = data
  const earlier = workshop.earlier
  const index = earlier?.bets.findIndex((b) => b.id === earlierBetId) ?? -1
  const bet = earlier?.bets[index]
  if (!earlier || !bet) return done([])
  if (review.learning !== undefined && review.learning.length > BET_LONG_TEXT_MAX)
    return { ok: false, problem: 'tooLong' }
  const next = { ...bet.review, ...review }
  if (next.outcome === bet.review.outcome && next.learning === bet.review.learning) return done([])
  const bets = earlier.bets.map((b, i) => (i === index ? { ...b, review: next } : b))
  const after = { ...workshop, earlier: { ...earlier, bets }, updatedAt: records.now() }
  return done([change('workshops', workshop, after)])
}
