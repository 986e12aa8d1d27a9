/** French text of the commit tab's voting view. */
import type { voting as english } from '../../en/commit/voting'
import type { MirrorWithMany } from '../../mirror'

export const voting = {
  heading: 'Vote par gommettes',
  intro:
    'Chaque personne répartit quelques gommettes sur les paris auxquels elle croit le plus. Saisissez-les sur cet ordinateur, une personne à la fois ; le décompte reste masqué jusqu’à ce que vous le dévoiliez.',
  noBetsTitle: 'Aucun pari à voter pour l’instant',
  noBetsBody: 'Rédigez d’abord les paris ; le groupe y placera ensuite ses gommettes.',
  noBetsLink: 'Rédiger des paris',
  noOpenBets:
    'Tous les paris sont au parking, réalisés ou abandonnés : il n’y a rien à voter. Proposez d’abord un pari.',
  noPeopleTitle: 'Aucun participant pour l’instant',
  noPeopleBody:
    'Ajoutez d’abord les personnes présentes ; vous saisirez ensuite leurs gommettes ici.',
  noPeopleLink: 'Ajouter des participants',
  writeFailed: 'L’enregistrement a échoué. Rien n’a été modifié.',
  settings: {
    label: 'Gommettes par personne',
    hint: 'Un nombre entier de 1 à 20.',
    belowSpent_one: '{{name}} a déjà placé {{count}} gommette ; retirez-la d’abord.',
    belowSpent_other: '{{name}} a déjà placé {{count}} gommettes ; retirez-en d’abord.',
    belowSpent_many: '{{name}} a déjà placé {{count}} gommettes ; retirez-en d’abord.',
    outOfRange: 'Choisissez un nombre entier de 1 à 20.',
  },
  people: {
    label: 'Personne dont vous saisissez les gommettes',
    dotsLeft: 'Gommettes restantes : {{left}} sur {{total}}',
    voted_one: '{{count}} personne sur {{total}} a placé ses gommettes.',
    voted_other: '{{count}} personnes sur {{total}} ont placé leurs gommettes.',
    voted_many: '{{count}} personnes sur {{total}} ont placé leurs gommettes.',
  },
  entry: {
    heading: 'Gommettes de {{name}}',
    hint: 'Appuyez sur + ou − sur un pari, ou tapez + et − lorsque les boutons d’un pari ont le focus.',
    bets: 'Paris sur lesquels {{name}} peut voter',
    add: 'Ajouter une gommette sur {{bet}} pour {{name}}',
    remove: 'Retirer une gommette de {{bet}} pour {{name}}',
    addSymbol: '+',
    removeSymbol: '−',
    count_one: '{{count}} gommette',
    count_other: '{{count}} gommettes',
    count_many: '{{count}} gommettes',
    noneLeft: '{{name}} n’a plus de gommettes. Retirez-en d’abord une d’un autre pari.',
    noneToRemove: '{{name}} n’a aucune gommette sur {{bet}}.',
    placed_one: '{{count}} gommette sur {{bet}} pour {{name}} ; reste {{left}}.',
    placed_other: '{{count}} gommettes sur {{bet}} pour {{name}} ; reste {{left}}.',
    placed_many: '{{count}} gommettes sur {{bet}} pour {{name}} ; reste {{left}}.',
    notVoted_one:
      '{{count}} pari est au parking, réalisé ou abandonné : il n’est pas soumis au vote.',
    notVoted_other:
      '{{count}} paris sont au parking, réalisés ou abandonnés : ils ne sont pas soumis au vote.',
    notVoted_many:
      '{{count}} paris sont au parking, réalisés ou abandonnés : ils ne sont pas soumis au vote.',
  },
  reveal: {
    hiddenHint: 'Le décompte par pari reste masqué jusqu’à ce que vous le dévoiliez.',
    button: 'Dévoiler les votes',
    nothing: 'Aucune gommette placée pour l’instant.',
    clear: 'Effacer tous les votes',
    cleared: 'Tous les votes ont été effacés. Annuler les rétablit.',
  },
  tally: {
    heading: 'Les votes du groupe',
    hide: 'Masquer à nouveau les votes',
    hideHint: 'Masquez les votes pour modifier les gommettes de quelqu’un.',
    list: 'Paris par nombre de gommettes',
    dots_one: '{{count}} gommette',
    dots_other: '{{count}} gommettes',
    dots_many: '{{count}} gommettes',
    rank: 'Rang {{rank}}',
    unranked: 'Aucune gommette',
    tied: 'Ex æquo',
    tiedWith: 'Ex æquo avec {{titles}}',
    voters: 'Votes de {{names}}',
    voter_one: '{{name}} ({{count}} gommette)',
    voter_other: '{{name}} ({{count}} gommettes)',
    voter_many: '{{name}} ({{count}} gommettes)',
    anonymousNote: 'Cet atelier est anonyme : le décompte n’affiche aucun nom.',
  },
} as const satisfies MirrorWithMany<typeof english>
