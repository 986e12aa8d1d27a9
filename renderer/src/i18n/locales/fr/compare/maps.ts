/** French text of the compare tab's maps view. */
import type { maps as english } from '../../en/compare/maps'
import type { MirrorWithMany } from '../../mirror'

export const maps = {
  heading: 'Aujourd’hui et la cible, côte à côte',
  intro:
    'Pour chaque prisme, ce que le groupe a observé aujourd’hui à côté de ce qu’il vise, avec les cartes regroupées par étiquette.',
  empty:
    'Aucun prisme n’est encore au programme. Les cartes apparaîtront ici dès que le déroulé comptera des prismes.',
  columns: {
    current: 'Aujourd’hui',
    target: 'Ce que nous visons',
  },
  cardCount_one: '{{count}} carte',
  cardCount_other: '{{count}} cartes',
  cardCount_many: '{{count}} cartes',
  /** A tag heading, with how many cards carry it. */
  tagCount_one: '{{count}} carte',
  tagCount_other: '{{count}} cartes',
  tagCount_many: '{{count}} cartes',
  untagged: 'Sans étiquette',
  emptyColumn: 'Aucune carte pour l’instant',
  emptyLens: 'Aucune carte pour ce prisme pour l’instant.',
} as const satisfies MirrorWithMany<typeof english>
