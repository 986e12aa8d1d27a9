/**
 * The edits of dot voting: the dots each person puts on a bet, the dots per person, the reveal
 * and clearing the round. Each is one undoable step; the changes themselves are in voteChanges.
 */
import type { EditContext } from '../workshopEdits'
import * as changes from './voteChanges'

export type { DotsPerPersonProblem, SetDotsProblem } from './voteChanges'

export function createVoteEdits(context: EditContext) {
  const { records, commitResult, commitChanges } = context
  return {
    /**
     * One person's dots on one bet (0 removes the vote). Refused when it would take them over
     * their dots; stepping one bet up and down merges into one undo step.
     */
    setDots: (participantId: string, betId: string, dots: number) =>
      commitResult(
        (d) => changes.setDots(d, participantId, betId, dots, records),
        `dots:${participantId}:${betId}`,
      ),
    /** A whole number from 1 to 20, never below what someone already spent. */
    setDotsPerPerson: (dotsPerPerson: number) =>
      commitResult(
        (d) => changes.setDotsPerPerson(d, dotsPerPerson, records),
        'voting:dotsPerPerson',
      ),
    setVotesRevealed: (revealed: boolean) =>
      commitChanges((d) => changes.setVotesRevealed(d, revealed, records)),
    /** Every vote, as one step: undo brings the whole round back. */
    clearVotes: () => commitChanges((d) => changes.clearVotes(d)),
  }
}
