/** French text of the commit tab's review of the bets an earlier workshop committed to. */
import type { revisit as english } from '../../en/commit/revisit'
import type { MirrorWithMany } from '../../mirror'

export const revisit = {
  heading: 'Bilan des paris précédents',
  intro:
    'Les engagements pris lors de « {{title}} », et ce qu’il en est advenu. Faites-en le bilan avant de rédiger de nouveaux paris : ce que le groupe a appris oriente ses prochains paris.',
  introDated:
    'Les engagements pris lors de « {{title}} » ({{date}}), et ce qu’il en est advenu. Faites-en le bilan avant de rédiger de nouveaux paris : ce que le groupe a appris oriente ses prochains paris.',
  progress: '{{reviewed}} sur {{count}} passés en revue',
  toBets: 'Passer aux paris',
  listLabel: 'Paris précédents',
  lens: 'Prisme',
  lensNotHere: '{{title}} (prisme de l’atelier précédent uniquement)',
  owner: 'Responsable',
  horizon: 'Horizon',
  notSet: 'Non renseigné',
  outcome: 'Qu’est-ce que cela a donné ?',
  outcomes: {
    done: 'Réalisé',
    ongoing: 'En cours',
    dropped: 'Abandonné',
  },
  learning: 'Qu’avons-nous appris ?',
  learningHint: 'Une phrase ou deux. Enregistré au fil de la saisie.',
  empty:
    'Les paris d’un atelier précédent apparaissent ici dès que cet atelier est comparé à un autre dans Comparer → Dans le temps.',
  emptyLink: 'Ouvrir Comparer → Dans le temps',
  errors: {
    tooLong: 'Ce champ ne doit pas dépasser {{max}} caractères (il en compte {{count}}).',
    writeFailed: 'Le bilan n’a pas pu être enregistré. Veuillez réessayer.',
  },
} as const satisfies MirrorWithMany<typeof english>
