/** German text of the cards screens. */
import type { cards as english } from '../en/cards'
import type { Mirror } from '../mirror'

export const cards = {
  nowDiscussing: 'Im Gespräch',
  count_one: '{{count}} Karte',
  count_other: '{{count}} Karten',
  columns: {
    current: {
      title: 'Heute',
      intro: 'Wichtige Beobachtungen dazu, wie es heute läuft',
      addLabel: 'Beobachtung hinzufügen',
      empty:
        'Noch keine Beobachtungen. Fügen Sie unten eine hinzu oder ziehen Sie eine Karte hierher.',
    },
    target: {
      title: 'Wo wir hinwollen',
      intro: 'Wie es für uns gut laufen soll',
      addLabel: 'Beschreiben, wie es gut laufen soll',
      empty: 'Noch nichts hier. Fügen Sie unten etwas hinzu oder ziehen Sie eine Karte hierher.',
    },
  },
  add: {
    submit: 'Karte hinzufügen',
    hint: 'Die Eingabetaste fügt die Karte hinzu, Umschalt+Eingabetaste beginnt eine neue Zeile.',
    tags: 'Schlagwörter',
    tagsHint: 'Optional, durch Kommas getrennt',
  },
  card: {
    edit: 'Bearbeiten',
    delete: 'Löschen',
    moveTo: 'Nach „{{column}}“ verschieben',
    drag: '{{card}} ziehen',
    tags: 'Schlagwörter',
    makeBet: 'Vorhaben anlegen',
    makeBetLabel: 'Vorhaben aus „{{card}}“ anlegen',
  },
  edit: {
    text: 'Kartentext',
    save: 'Speichern',
    cancel: 'Abbrechen',
    hint: '{{key}}+Eingabetaste speichert, Esc bricht ab.',
  },
  errors: {
    required: 'Schreiben Sie zuerst etwas: Eine leere Karte wird nicht gespeichert.',
    tooLong: 'Eine Karte darf höchstens {{max}} Zeichen haben (diese hat {{count}}).',
    writeFailed:
      'Die Karte konnte nicht gespeichert werden. Ihr Text ist noch da; bitte versuchen Sie es erneut.',
  },
  notices: {
    added: '„{{card}}“ wurde zu „{{column}}“ hinzugefügt.',
    saved: '„{{card}}“ wurde gespeichert.',
    moved: '„{{card}}“ wurde nach „{{column}}“ verschoben.',
    deleted: 'Karte gelöscht.',
    restored: 'Karte wiederhergestellt.',
    undo: 'Rückgängig',
    dismiss: 'Schließen',
    failed: 'Die Änderung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
    betMade: 'Das Vorhaben „{{title}}“ wurde angelegt.',
    openBets: 'Alle Vorhaben ansehen',
  },
  drag: {
    roleDescription: 'verschiebbare Karte',
    instructions:
      'Um eine Karte zu verschieben, drücken Sie auf ihrem Ziehpunkt die Leertaste oder die Eingabetaste. Bewegen Sie sie mit den Pfeiltasten innerhalb ihrer Spalte oder in die andere Spalte und legen Sie sie mit der Leertaste oder der Eingabetaste ab. Esc bricht ab.',
    pickedUp:
      '„{{card}}“ aufgenommen. Sie ist auf Position {{position}} von {{count}} in „{{column}}“.',
    over: '„{{card}}“ ist auf Position {{position}} von {{count}} in „{{column}}“.',
    notOver: '„{{card}}“ ist über keiner Spalte.',
    dropped: '„{{card}}“ auf Position {{position}} von {{count}} in „{{column}}“ abgelegt.',
    droppedOutside: '„{{card}}“ wurde außerhalb der Spalten abgelegt und bleibt, wo sie war.',
    cancelled:
      'Verschieben von „{{card}}“ abgebrochen. Sie bleibt auf Position {{position}} von {{count}} in „{{column}}“.',
  },
} as const satisfies Mirror<typeof english>
