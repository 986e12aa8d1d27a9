/** English text of the commit tab: one file per view, gathered here. */
import { bets } from './commit/bets'
import { prioritise } from './commit/prioritise'
import { revisit } from './commit/revisit'
import { voting } from './commit/voting'

export const commit = {
  views: {
    label: 'Commit views',
    review: 'Review earlier bets',
    bets: 'Bets',
    vote: 'Dot voting',
    prioritise: 'Prioritise',
  },
  /** Bet statuses, wherever a bet's status is shown or chosen. */
  status: {
    proposed: 'Proposed',
    committed: 'Committed',
    parked: 'Parked',
    done: 'Done',
    dropped: 'Dropped',
  },
  bets,
  revisit,
  voting,
  prioritise,
}
