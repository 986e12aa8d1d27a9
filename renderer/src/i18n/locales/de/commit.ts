/** German text of the commit tab: one file per view, gathered here. */
import type { commit as english } from '../en/commit'
import type { Mirror } from '../mirror'
import { bets } from './commit/bets'
import { prioritise } from './commit/prioritise'
import { revisit } from './commit/revisit'
import { voting } from './commit/voting'

export const commit = {
  views: {
    label: 'Ansichten zum Beschließen',
    review: 'Frühere Vorhaben prüfen',
    bets: 'Vorhaben',
    vote: 'Punktabfrage',
    prioritise: 'Priorisieren',
  },
  /** Bet statuses, wherever a bet's status is shown or chosen. */
  status: {
    proposed: 'Vorgeschlagen',
    committed: 'Beschlossen',
    parked: 'Geparkt',
    done: 'Erledigt',
    dropped: 'Verworfen',
  },
  bets,
  revisit,
  voting,
  prioritise,
} as const satisfies Mirror<typeof english>
