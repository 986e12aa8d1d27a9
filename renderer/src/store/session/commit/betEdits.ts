/**
 * The edits of bets: create, edit, remove (with their votes), and the review of an earlier
 * workshop's bets. Each is one undoable step; the changes themselves are built in betChanges.ts.
 */
import type { BetDraft, BetReview, BetStatus } from '@shared/domain'
import type { EditContext } from '../workshopEdits'
import * as changes from './betChanges'

export function createBetEdits(context: EditContext) {
  const { records } = context
  return {
    /** Refused with the draft's errors (and nothing written) when it is not valid. */
    addBet: (draft: BetDraft, status: BetStatus = 'proposed') =>
      context.commitResult((d) => changes.addBet(d, draft, status, records)),
    /** The form saves fields and status together, so one Undo takes back one Save. */
    updateBet: (betId: string, draft: BetDraft, status?: BetStatus) =>
      context.commitResult((d) => changes.updateBet(d, betId, draft, status, records)),
    setBetStatus: (betId: string, status: BetStatus) =>
      context.commitChanges((d) => changes.setBetStatus(d, betId, status, records)),
    removeBet: (betId: string) => context.commitChanges((d) => changes.removeBet(d, betId)),
    /**
     * Typing a learning autosaves every pause, and arrowing through the outcomes picks each on the
     * way: repeats of the same kind merge into one undo step. Outcome and learning keep separate
     * keys, so Undo after typing does not also take back the outcome chosen just before.
     */
    reviewEarlierBet: (earlierBetId: string, review: Partial<BetReview>) =>
      context.commitResult(
        (d) => changes.reviewEarlierBet(d, earlierBetId, review, records),
        `review:${earlierBetId}:${review.learning === undefined ? 'outcome' : 'learning'}`,
      ),
  }
}
