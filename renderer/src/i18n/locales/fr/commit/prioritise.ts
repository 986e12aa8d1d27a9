/** French text of the commit tab's prioritise view. */
import type { prioritise as english } from '../../en/commit/prioritise'
import type { MirrorWithMany } from '../../mirror'

export const prioritise = {
  heading: 'Prioriser',
  intro:
    'Classez les paris, du plus important au moins important, et tracez la ligne : le groupe s’engage sur les paris situés au-dessus, les autres attendent. Les idées qui n’entrent pas vont au parking.',
  empty: 'Il n’y a pas encore de paris à prioriser.',
  emptyLink: 'Rédiger les premiers paris',
  /** The three groups, as headings and as places in spoken drag messages. */
  groups: {
    committed: {
      heading: 'Engagés',
      empty: 'Aucun engagement pour l’instant. Descendez la ligne, ou faites glisser un pari ici.',
      place: 'au-dessus de la ligne',
    },
    proposed: {
      heading: 'En attente',
      empty: 'Rien n’attend sous la ligne.',
      place: 'sous la ligne',
    },
    parked: {
      heading: 'Parking',
      intro: 'Les idées qui n’ont pas trouvé leur place cette fois-ci.',
      empty: 'Le parking est vide.',
      place: 'au parking',
    },
  },
  count_one: '{{count}} pari',
  count_other: '{{count}} paris',
  count_many: '{{count}} paris',
  line: {
    label: 'Ligne d’engagement',
    text: 'Au-dessus de la ligne : nous nous engageons · en dessous : en attente',
    up: 'Monter la ligne',
    down: 'Descendre la ligne',
  },
  votes: {
    order: 'Trier par votes',
    note: 'Place en tête les paris qui ont le plus de gommettes. La ligne ne bouge pas : autant de paris qu’avant restent engagés.',
    hidden: 'Dévoilez d’abord le vote par gommettes pour trier les paris selon les votes.',
  },
  bet: {
    owner: 'Responsable : {{owner}}',
    horizon: 'Horizon : {{horizon}}',
    dots_one: '{{count}} gommette',
    dots_other: '{{count}} gommettes',
    dots_many: '{{count}} gommettes',
    drag: 'Faire glisser « {{title}} »',
    moveUp: 'Monter « {{title}} »',
    moveDown: 'Descendre « {{title}} »',
    commit: 'S’engager',
    commitNamed: 'S’engager sur « {{title}} »',
    uncommit: 'Passer sous la ligne',
    uncommitNamed: 'Passer sous la ligne : « {{title}} »',
    park: 'Mettre au parking',
    parkNamed: 'Mettre « {{title}} » au parking',
    bringBack: 'Sortir du parking',
    bringBackNamed: 'Sortir « {{title}} » du parking',
  },
  closed: {
    summary_one: '{{count}} pari clos, non priorisé',
    summary_other: '{{count}} paris clos, non priorisés',
    summary_many: '{{count}} paris clos, non priorisés',
    label: 'Paris clos',
  },
  notices: {
    moved: '« {{title}} » est en position {{position}} sur {{count}} {{place}}.',
    line_one: 'La ligne passe maintenant sous {{count}} pari.',
    line_other: 'La ligne passe maintenant sous {{count}} paris.',
    line_many: 'La ligne passe maintenant sous {{count}} paris.',
    lineNone: 'La ligne est maintenant tout en haut : aucun engagement.',
    ordered: 'Triés par votes. La ligne reste sous le même nombre de paris.',
    alreadyOrdered: 'Les paris sont déjà classés selon leurs votes.',
    failed: 'Cette modification n’a pas pu être enregistrée. Veuillez réessayer.',
  },
  drag: {
    roleDescription: 'pari déplaçable',
    instructions:
      'Pour déplacer un pari, appuyez sur Espace ou Entrée sur sa poignée. Déplacez-le avec les flèches vers le haut ou le bas de la liste, de part et d’autre de la ligne d’engagement, ou jusqu’au parking, puis appuyez sur Espace ou Entrée pour le déposer, ou sur Échap pour annuler.',
    pickedUp: '« {{title}} » saisi. Il est en position {{position}} sur {{count}} {{place}}.',
    over: '« {{title}} » est en position {{position}} sur {{count}} {{place}}.',
    notOver: '« {{title}} » n’est au-dessus ni de la liste ni du parking.',
    dropped: '« {{title}} » déposé en position {{position}} sur {{count}} {{place}}.',
    droppedOutside: '« {{title}} » a été déposé hors de la liste et reste à sa place.',
    cancelled:
      'Déplacement de « {{title}} » annulé. Il reste en position {{position}} sur {{count}} {{place}}.',
  },
} as const satisfies MirrorWithMany<typeof english>
