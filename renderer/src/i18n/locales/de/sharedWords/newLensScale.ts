/** German starting scale of a lens added in Prepare: a neutral label and reading per level. */
import type { NewLensScaleWords } from '@shared/domain'

export const newLensScale = {
  labels: {
    1: 'Am Anfang',
    2: 'Im Aufbau',
    3: 'Gelebte Praxis',
    4: 'Etabliert',
    5: 'Vorreiter',
  },
  descriptions: {
    1: 'Davon ist noch wenig vorhanden; wo es geschieht, hängt es an wenigen Personen.',
    2: 'Einige Teams tun das auf ihre eigene Weise; andere können sich noch nicht darauf verlassen.',
    3: 'Die meisten Teams tun das auf gemeinsame Weise, und Führungskräfte fordern es ein.',
    4: 'So arbeitet die Organisation: Es wird gemessen und gezielt verbessert.',
    5: 'Das ist eine Stärke, von der andere lernen, und sie entwickelt sich mit den Umständen weiter.',
  },
} as const satisfies NewLensScaleWords
