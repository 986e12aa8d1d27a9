/** French text of the compare tab's gap ranking. */
import type { gaps as english } from '../../en/compare/gaps'
import type { MirrorWithMany } from '../../mirror'

export const gaps = {
  heading: 'Là où les écarts sont les plus grands',
  intro:
    'Les prismes classés selon l’écart entre la cible convenue et la situation actuelle convenue. À écart égal, la cible la plus haute passe en premier, puis l’ordre du déroulé.',
  empty:
    'Aucun prisme n’a encore à la fois un score convenu pour aujourd’hui et un pour la cible. Le classement se remplit à mesure que le groupe s’accorde.',
  caption: 'Prismes classés par écart',
  rank: 'Rang',
  lens: 'Prisme',
  today: 'Aujourd’hui',
  target: 'Cible',
  gap: 'Écart',
  keyShift: 'Changement clé',
  noShift: 'Aucun changement clé rédigé',
  gapValue_one: '{{count}} niveau',
  gapValue_other: '{{count}} niveaux',
  gapValue_many: '{{count}} niveaux',
  bet: 'Pari',
  makeBet: 'Faire un pari',
  makeBetLabel: 'Faire un pari sur {{lens}}',
  betAdded: 'Le pari « {{title}} » a été ajouté.',
  openBets: 'Voir tous les paris',
  dismiss: 'Fermer',
} as const satisfies MirrorWithMany<typeof english>
