/** French starting scale of a lens added in Prepare: a neutral label and reading per level. */
import type { NewLensScaleWords } from '@shared/domain'

export const newLensScale = {
  labels: {
    1: 'Débutant',
    2: 'Émergent',
    3: 'Pratiqué',
    4: 'Établi',
    5: 'Exemplaire',
  },
  descriptions: {
    1: 'Peu de choses sont en place\u202f; là où cela existe, cela repose sur quelques personnes.',
    2: 'Certaines équipes le font à leur manière\u202f; les autres ne peuvent pas encore s’y fier.',
    3: 'La plupart des équipes le font de façon commune, et les dirigeants l’attendent.',
    4: 'C’est ainsi que l’organisation fonctionne\u202f: c’est mesuré et amélioré délibérément.',
    5: 'C’est une force dont les autres s’inspirent, et elle continue d’évoluer à mesure que les choses changent.',
  },
} as const satisfies NewLensScaleWords
