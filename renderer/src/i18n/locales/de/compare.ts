/** German text of the compare tab: one file per view, gathered here. */
import type { compare as english } from '../en/compare'
import type { Mirror } from '../mirror'
import { disagreement } from './compare/disagreement'
import { gaps } from './compare/gaps'
import { maps } from './compare/maps'
import { overTime } from './compare/overTime'
import { radar } from './compare/radar'

export const compare = {
  views: {
    label: 'Vergleichsansichten',
    radar: 'Netzdiagramm',
    gaps: 'Größte Lücken',
    disagreement: 'Unterschiede',
    maps: 'Nebeneinander',
    'over-time': 'Im Zeitverlauf',
  },
  /** Shared by the views: a score nobody agreed yet, a lens with no gap. */
  notAgreed: 'Nicht vereinbart',
  noGap: 'Noch keine Lücke',
  /** How people are called where a name may not be shown (an anonymous workshop). */
  person: 'Person {{number}}',
  radar,
  gaps,
  disagreement,
  maps,
  overTime,
} as const satisfies Mirror<typeof english>
