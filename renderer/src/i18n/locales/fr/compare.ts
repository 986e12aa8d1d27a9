/** French text of the compare tab: one file per view, gathered here. */
import type { compare as english } from '../en/compare'
import type { MirrorWithMany } from '../mirror'
import { disagreement } from './compare/disagreement'
import { gaps } from './compare/gaps'
import { maps } from './compare/maps'
import { overTime } from './compare/overTime'
import { radar } from './compare/radar'

export const compare = {
  views: {
    label: 'Vues de comparaison',
    radar: 'Radar',
    gaps: 'Écarts classés',
    disagreement: 'Divergences',
    maps: 'Côte à côte',
    'over-time': 'Dans le temps',
  },
  /** Shared by the views: a score nobody agreed yet, a lens with no gap. */
  notAgreed: 'Non convenu',
  noGap: 'Pas encore d’écart',
  /** How people are called where a name may not be shown (an anonymous workshop). */
  person: 'Personne {{number}}',
  radar,
  gaps,
  disagreement,
  maps,
  overTime,
} as const satisfies MirrorWithMany<typeof english>
