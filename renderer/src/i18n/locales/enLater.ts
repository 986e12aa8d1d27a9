/**
 * The English words of the screens loaded on their first visit (features/app/lazyScreens.tsx):
 * a workshop's tabs, the report, the presenter and the room's phones. They load with those
 * screens' code; the first screens' words are in enAtStart.ts.
 */
import { cards } from './en/cards'
import { commit } from './en/commit'
import { compare } from './en/compare'
import { facilitate } from './en/facilitate'
import { join } from './en/join'
import { phone } from './en/phone'
import { prepare } from './en/prepare'
import { present } from './en/present'
import { projector } from './en/projector'
import { rating } from './en/rating'
import { report } from './en/report'
import { teammap } from './en/teammap'
import { teammapView } from './en/teammapView'

export const enLater = {
  prepare,
  rating,
  cards,
  facilitate,
  report,
  compare,
  commit,
  projector,
  present,
  teammap: { ...teammapView, ...teammap },
  join,
  phone,
  workshop: {
    details: 'Details',
    detailsHint: 'Changes are saved as you type.',
    lenses: 'Lenses in this workshop',
    prompts: 'Discussion prompts',
    scale: 'Maturity scale',
    level: 'Level {{level}}: {{label}}',
    notFound: 'This workshop does not exist or was deleted.',
    loading: 'Opening the workshop…',
    sections: 'Workshop sections',
    tabs: {
      prepare: 'Prepare',
      run: 'Run the workshop',
      compare: 'Compare',
      map: 'Map',
      commit: 'Commit',
    },
  },
} as const
