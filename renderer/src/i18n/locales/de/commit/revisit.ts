/** German text of the commit tab's review of the bets an earlier workshop committed to. */
import type { revisit as english } from '../../en/commit/revisit'
import type { Mirror } from '../../mirror'

export const revisit = {
  heading: 'Frühere Vorhaben prüfen',
  intro:
    'Was in „{{title}}“ beschlossen wurde und was daraus geworden ist. Prüfen Sie das, bevor Sie neue Vorhaben formulieren: Was die Runde gelernt hat, prägt, worauf sie als Nächstes setzt.',
  introDated:
    'Was in „{{title}}“ ({{date}}) beschlossen wurde und was daraus geworden ist. Prüfen Sie das, bevor Sie neue Vorhaben formulieren: Was die Runde gelernt hat, prägt, worauf sie als Nächstes setzt.',
  progress: '{{reviewed}} von {{count}} geprüft',
  toBets: 'Weiter zu den Vorhaben',
  listLabel: 'Frühere Vorhaben',
  lens: 'Perspektive',
  lensNotHere: '{{title}} (nur eine Perspektive des früheren Workshops)',
  owner: 'Verantwortlich',
  horizon: 'Horizont',
  notSet: 'Nicht angegeben',
  outcome: 'Wie ist es gelaufen?',
  outcomes: {
    done: 'Erledigt',
    ongoing: 'Läuft noch',
    dropped: 'Verworfen',
  },
  learning: 'Was haben wir gelernt?',
  learningHint: 'Ein, zwei Sätze. Wird beim Tippen gespeichert.',
  empty:
    'Vorhaben eines früheren Workshops erscheinen hier, sobald dieser Workshop unter „Vergleichen → Im Zeitverlauf“ mit einem früheren verglichen wird.',
  emptyLink: '„Vergleichen → Im Zeitverlauf“ öffnen',
  errors: {
    tooLong: 'Höchstens {{max}} Zeichen (derzeit {{count}}).',
    writeFailed: 'Die Überprüfung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  },
} as const satisfies Mirror<typeof english>
