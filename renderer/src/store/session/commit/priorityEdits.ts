/** The edits of the priority order of bets, the commit line and the parking lot. Each is one undoable step. */
import type { PriorityGroup } from '@shared/domain'
import type { EditContext } from '../workshopEdits'
import { moveCommitLineChanges, placeBetChanges, seedFromVotesChanges } from './priorityChanges'

export function createPriorityEdits({ records, commitChanges }: EditContext) {
  return {
    /** Moves a bet to `index` of a group (committed, proposed = below the line, parked). */
    placeBet: (betId: string, group: PriorityGroup, index: number) =>
      commitChanges((d) => placeBetChanges(d, betId, group, index, records)),
    /** Orders the bets above and below the line by their dots; the line keeps its count. */
    seedFromVotes: () => commitChanges((d) => seedFromVotesChanges(d, records)),
    /** Puts the line under the first `count` bets of the list. */
    moveCommitLine: (count: number) =>
      commitChanges((d) => moveCommitLineChanges(d, count, records)),
  }
}
