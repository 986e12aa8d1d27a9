/** French text of the commit tab: one file per view, gathered here. */
import type { commit as english } from '../en/commit'
import type { MirrorWithMany } from '../mirror'
import { bets } from './commit/bets'
import { prioritise } from './commit/prioritise'
import { revisit } from './commit/revisit'
import { voting } from './commit/voting'

export const commit = {
  views: {
    label: 'Vues de l’engagement',
    review: 'Bilan des paris précédents',
    bets: 'Paris',
    vote: 'Vote par gommettes',
    prioritise: 'Prioriser',
  },
  /** Bet statuses, wherever a bet's status is shown or chosen. */
  status: {
    proposed: 'Proposé',
    committed: 'Engagé',
    parked: 'Au parking',
    done: 'Réalisé',
    dropped: 'Abandonné',
  },
  bets,
  revisit,
  voting,
  prioritise,
} as const satisfies MirrorWithMany<typeof english>
