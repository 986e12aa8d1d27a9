/** German text of the facilitation shell: steps, navigation, timer, shortcuts, introduce and gap. */
import type { facilitate as english } from '../en/facilitate'
import type { Mirror } from '../mirror'

export const facilitate = {
  steps: {
    introduce: 'Einführen',
    'rate-current': 'Heute bewerten',
    'reveal-current': 'Aufdecken und einigen: heute',
    'rate-target': 'Ziel bewerten',
    'reveal-target': 'Aufdecken und einigen: Ziel',
    gap: 'Lücke und Veränderung',
  },
  stepLabel: '{{lens}}: {{step}}',
  navigation: 'Workshop-Schritte',
  lensPosition: 'Perspektive {{index}} von {{count}}',
  previous: 'Vorheriger Schritt',
  next: 'Nächster Schritt',
  noAgenda:
    'Dieser Workshop hat keine Perspektiven auf der Agenda. Fügen Sie im Reiter „Vorbereiten“ eine hinzu.',
  progress: {
    agreed: 'vereinbart: {{score}}',
    revealed: 'aufgedeckt',
  },
  undo: 'Rückgängig',
  redo: 'Wiederholen',
  timer: {
    label: 'Timer für diesen Schritt',
    start: 'Timer starten',
    pause: 'Timer anhalten',
    addMinute: 'Eine Minute mehr',
    remaining: 'noch {{time}}',
    over: '{{time}} überzogen',
    timeUp: 'Die Zeit für diesen Schritt ist um.',
  },
  help: {
    keyNames: {
      shift: 'Umschalt',
      ctrl: 'Strg',
      ctrlOrCmd: 'Strg/⌘',
    },
    open: 'Tastenkürzel',
    title: 'Tastenkürzel',
    description: 'Einzeltasten wirken, solange der Fokus nicht in einem Textfeld liegt.',
    singleKeys: 'Einzeltasten-Kürzel verwenden',
    singleKeysHint:
      'Schalten Sie das aus, wenn Sie Spracheingabe nutzen oder Buchstaben versehentlich Aktionen auslösen.',
    close: 'Schließen',
    runHeading: 'Während des Workshops',
    menuHeading: 'Überall in der App',
    keys: {
      newWorkshop: 'Neuer Workshop',
      openSession: 'Sitzungsdatei öffnen',
      saveSession: 'Workshop als Sitzungsdatei speichern',
      exportPdf: 'PDF-Zusammenfassung exportieren',
      presenter: 'Präsentationsansicht öffnen oder schließen',
      shortcuts: 'Diese Liste anzeigen',
      next: 'Nächster Schritt',
      previous: 'Vorheriger Schritt',
      reveal: 'Bewertungen dieses Schritts aufdecken oder verdecken',
      timer: 'Timer starten oder anhalten',
      addMinute: 'Dem Timer eine Minute hinzufügen',
      blank: 'Beamerbild ausblenden oder wieder zeigen',
      undo: 'Rückgängig',
      redo: 'Wiederholen',
      help: 'Diese Liste anzeigen',
      rateDigit:
        'In einer Bewertungszeile: 1 bis 5 bewerten, 0 oder U für „unsicher“, Rücktaste zum Löschen',
    },
  },
  introduce: {
    question: 'Leitfrage',
    prompts: 'Zum Einstieg ins Gespräch',
    scale: 'So bewerten wir',
  },
  gap: {
    today: 'Heute',
    target: 'Wo wir hinwollen',
    gap: 'Lücke',
    notAgreed: 'Noch nicht vereinbart',
    gapValue_one: '{{count}} Stufe zu schließen',
    gapValue_other: '{{count}} Stufen zu schließen',
    gapNone: 'Keine Lücke: Das Ziel liegt dort, wo das Team heute steht',
    gapNegative: 'Das Ziel liegt unter dem heutigen Stand: {{count}} Stufe(n) tiefer',
    needsBoth: 'Vereinbaren Sie in den Aufdeck-Schritten beide Werte, um die Lücke zu sehen.',
    keyShift: 'Die wichtigste Veränderung',
    keyShiftHint:
      'In ein, zwei Sätzen: Was muss sich am meisten ändern, damit sich diese Lücke schließt?',
  },
} as const satisfies Mirror<typeof english>
