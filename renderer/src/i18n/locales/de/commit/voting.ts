/** German text of the commit tab's voting view. */
import type { voting as english } from '../../en/commit/voting'
import type { Mirror } from '../../mirror'

export const voting = {
  heading: 'Punktabfrage',
  intro:
    'Jede Person verteilt ein paar Punkte auf die Vorhaben, an die sie am meisten glaubt. Tragen Sie sie auf diesem Laptop ein, eine Person nach der anderen; das Ergebnis bleibt verdeckt, bis Sie es aufdecken.',
  noBetsTitle: 'Noch keine Vorhaben zum Abstimmen',
  noBetsBody: 'Formulieren Sie zuerst die Vorhaben; dann verteilt die Runde ihre Punkte darauf.',
  noBetsLink: 'Vorhaben formulieren',
  noOpenBets:
    'Alle Vorhaben sind geparkt, erledigt oder verworfen, es gibt also nichts abzustimmen. Schlagen Sie zuerst ein Vorhaben vor.',
  noPeopleTitle: 'Noch keine Teilnehmenden',
  noPeopleBody:
    'Fügen Sie zuerst die Personen in der Runde hinzu; dann tragen Sie hier ihre Punkte ein.',
  noPeopleLink: 'Teilnehmende hinzufügen',
  writeFailed: 'Das konnte nicht gespeichert werden. Es wurde nichts geändert.',
  settings: {
    label: 'Punkte pro Person',
    hint: 'Eine ganze Zahl von 1 bis 20.',
    belowSpent_one: '{{name}} hat bereits {{count}} Punkt vergeben; nehmen Sie ihn zuerst weg.',
    belowSpent_other:
      '{{name}} hat bereits {{count}} Punkte vergeben; nehmen Sie zuerst einige weg.',
    outOfRange: 'Wählen Sie eine ganze Zahl von 1 bis 20.',
  },
  people: {
    label: 'Wessen Punkte eintragen',
    dotsLeft: '{{left}} von {{total}} Punkten übrig',
    voted_one: '{{count}} von {{total}} Personen hat Punkte vergeben.',
    voted_other: '{{count}} von {{total}} Personen haben Punkte vergeben.',
  },
  entry: {
    heading: 'Punkte von {{name}}',
    hint: 'Drücken Sie bei einem Vorhaben + oder − oder tippen Sie + und −, während die Schaltflächen eines Vorhabens den Fokus haben.',
    bets: 'Vorhaben, auf die {{name}} Punkte verteilen kann',
    add: 'Punkt für {{name}} auf {{bet}} setzen',
    remove: 'Punkt für {{name}} von {{bet}} wegnehmen',
    addSymbol: '+',
    removeSymbol: '−',
    count_one: '{{count}} Punkt',
    count_other: '{{count}} Punkte',
    noneLeft:
      '{{name}} hat keine Punkte mehr übrig. Nehmen Sie zuerst einen von einem anderen Vorhaben weg.',
    noneToRemove: '{{name}} hat keine Punkte auf {{bet}}.',
    placed_one: '{{count}} Punkt von {{name}} auf {{bet}}; {{left}} übrig.',
    placed_other: '{{count}} Punkte von {{name}} auf {{bet}}; {{left}} übrig.',
    notVoted_one:
      '{{count}} Vorhaben ist geparkt, erledigt oder verworfen und steht nicht zur Abstimmung.',
    notVoted_other:
      '{{count}} Vorhaben sind geparkt, erledigt oder verworfen und stehen nicht zur Abstimmung.',
  },
  reveal: {
    hiddenHint: 'Die Punkte je Vorhaben bleiben verdeckt, bis Sie sie aufdecken.',
    button: 'Punkte aufdecken',
    nothing: 'Noch keine Punkte vergeben.',
    clear: 'Alle Punkte löschen',
    cleared: 'Alle Punkte gelöscht. „Rückgängig“ holt sie zurück.',
  },
  tally: {
    heading: 'Die Punkte der Runde',
    hide: 'Punkte wieder verdecken',
    hideHint: 'Verdecken Sie das Ergebnis wieder, um Punkte einer Person zu ändern.',
    list: 'Vorhaben nach Punkten',
    dots_one: '{{count}} Punkt',
    dots_other: '{{count}} Punkte',
    rank: 'Rang {{rank}}',
    unranked: 'Keine Punkte',
    tied: 'Gleichauf',
    tiedWith: 'Gleichauf mit {{titles}}',
    voters: 'Punkte von {{names}}',
    voter_one: '{{name}} ({{count}} Punkt)',
    voter_other: '{{name}} ({{count}} Punkte)',
    anonymousNote: 'Dieser Workshop ist anonym: Das Ergebnis zeigt keine Namen.',
  },
} as const satisfies Mirror<typeof english>
