/** English text of the commit tab: one file per view, gathered here. */
import { bets } from './commit/bets'
import { prioritise } from './commit/prioritise'
import { revisit } from './commit/revisit'
import { status } from './commit/status'
import { voting } from './commit/voting'

export const commit = {
  views: {
    label: 'Commit views',
    review: 'Review earlier bets',
    bets: 'Bets',
    vote: 'Dot voting',
    prioritise: 'Prioritise',
  },
  status,
  bets,
  revisit,
  voting,
  prioritise,
}
