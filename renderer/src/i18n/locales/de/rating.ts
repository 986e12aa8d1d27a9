/**
 * German text of the rate and reveal steps: private ratings, the reveal of how the room sees a
 * lens, and the score it agrees on.
 */
import type { rating as english } from '../en/rating'
import type { Mirror } from '../mirror'

export const rating = {
  count: '{{rated}} von {{total}} bewertet',
  levelName: '{{level}}: {{label}}',
  unsure: 'Unsicher',
  rate: {
    heading: {
      current: 'Wo stehen wir heute?',
      target: 'Wo wollen wir hin?',
    },
    people: 'Personen in der Runde',
    keyboardHint:
      'Tippen Sie 1 bis 5 für die markierte Person, 0 oder U für „unsicher“, Rücktaste zum Löschen. Mit den Pfeiltasten wechseln Sie zwischen den Personen.',
    hiddenNotice: 'Die Bewertungen bleiben verdeckt, bis Sie sie aufdecken.',
    revealedNotice: 'Diese Bewertungen sind aufgedeckt: Änderungen sieht die Runde sofort.',
    scaleHeading: 'Die Skala',
    rateButton: 'Für {{name}} {{level}} eintragen: {{label}}',
    unsureButton: '{{name}} ist unsicher',
    notRated: 'Nicht bewertet',
    rated: 'Bewertet',
    ratedLevel: '{{level}} · {{label}}',
    note: 'Notiz zu {{name}}',
    notePlaceholder: 'Notiz (optional)',
    clear: 'Löschen',
    clearLabel: 'Bewertung von {{name}} löschen',
    noPeopleTitle: 'Noch niemand zum Bewerten',
    noPeopleBody:
      'Für Bewertungen braucht es Teilnehmende: Fügen Sie sie im Reiter „Vorbereiten“ hinzu. Auch ohne sie kann sich die Runde beim Aufdecken gemeinsam auf einen Wert einigen.',
  },
  reveal: {
    heading: {
      current: 'So sieht die Runde den heutigen Stand',
      target: 'Hier will die Runde hin',
    },
    revealButton: 'Bewertungen aufdecken',
    hiddenHint: 'Die Bewertungen bleiben verdeckt, bis Sie sie für die Runde aufdecken.',
    nothingToReveal:
      'Noch hat niemand bewertet. Die Runde kann sich trotzdem gemeinsam auf einen Wert einigen.',
    median: 'Median {{value}}',
    noMedian: 'Kein Median: Niemand hat eine Zahl genannt',
    range: 'Spanne {{min}} bis {{max}}',
    rangeSingle: 'Alle bei {{level}}',
    disagreement:
      'Die Runde ist uneins: Die Bewertungen reichen über {{levels}} Stufen. Sprechen Sie darüber, bevor Sie sich einigen.',
    hide: 'Bewertungen wieder verdecken',
    plotCaption: 'Bewertungen nach Stufe',
    columnLevel: 'Stufe',
    columnCount: 'Bewertungen',
    columnNames: 'Wer',
    nobody: 'Niemand',
    anonymousNote: 'Dieser Workshop ist anonym: Bewertungen werden ohne Namen angezeigt.',
  },
  consensus: {
    heading: {
      current: 'Vereinbarter Wert heute',
      target: 'Vereinbarter Zielwert',
    },
    notAgreed: 'Noch nicht vereinbart.',
    clear: 'Vereinbarten Wert löschen',
  },
} as const satisfies Mirror<typeof english>
