/** German text of the compare tab's gap ranking. */
import type { gaps as english } from '../../en/compare/gaps'
import type { Mirror } from '../../mirror'

export const gaps = {
  heading: 'Wo die Lücken am größten sind',
  intro:
    'Die Perspektiven nach dem Abstand zwischen dem vereinbarten Ziel und dem vereinbarten heutigen Stand. Bei gleich großer Lücke kommt das höhere Ziel zuerst, danach gilt die Reihenfolge der Agenda.',
  empty:
    'Noch hat keine Perspektive sowohl einen vereinbarten Wert für heute als auch einen für das Ziel. Die Rangfolge füllt sich, sobald die Runde sich einigt.',
  caption: 'Perspektiven nach Lücke',
  rank: 'Rang',
  lens: 'Perspektive',
  today: 'Heute',
  target: 'Ziel',
  gap: 'Lücke',
  keyShift: 'Wichtigste Veränderung',
  noShift: 'Keine wichtigste Veränderung notiert',
  gapValue_one: '{{count}} Stufe',
  gapValue_other: '{{count}} Stufen',
  bet: 'Vorhaben',
  makeBet: 'Vorhaben anlegen',
  makeBetLabel: 'Vorhaben zu {{lens}} anlegen',
  betAdded: 'Das Vorhaben „{{title}}“ wurde angelegt.',
  openBets: 'Alle Vorhaben ansehen',
  dismiss: 'Schließen',
} as const satisfies Mirror<typeof english>
