/** English text of the compare tab: one file per view, gathered here. */
import { disagreement } from './compare/disagreement'
import { gaps } from './compare/gaps'
import { maps } from './compare/maps'
import { overTime } from './compare/overTime'
import { radar } from './compare/radar'

export const compare = {
  views: {
    label: 'Compare views',
    radar: 'Radar',
    gaps: 'Gaps ranked',
    disagreement: 'Disagreement',
    maps: 'Maps side by side',
    'over-time': 'Over time',
  },
  /** Shared by the views: a score nobody agreed yet, a lens with no gap. */
  notAgreed: 'Not agreed',
  noGap: 'No gap yet',
  /** How people are called where a name may not be shown (an anonymous workshop). */
  person: 'Person {{number}}',
  radar,
  gaps,
  disagreement,
  maps,
  overTime,
}
