/** German text of session files, exports, imports and backups. */
import type { files as english } from '../en/files'
import type { Mirror } from '../mirror'

export const files = {
  actions: {
    label: 'Mitnehmen',
    saveSession: 'Sitzungsdatei speichern',
    exportPdf: 'PDF exportieren',
    exportCsv: 'Bewertungen als CSV',
    exportBetsCsv: 'Vorhaben als CSV',
    paper: 'Papierformat',
    a4: 'A4',
    letter: 'US Letter',
    pdfLanguage: 'Sprache des PDF',
    betsFileName: '{{title}} Vorhaben',
    untitledFileName: 'Vantage-Workshop',
    openSession: 'Sitzungsdatei öffnen',
  },
  refusal: {
    title: {
      full: 'Der Datenträger ist voll: Ihre letzten Änderungen sind noch nicht gespeichert',
      unavailable:
        'Der Speicher der App hat Ihre letzten Änderungen abgelehnt: Sie sind noch nicht gespeichert',
    },
    body: 'Sie bleiben auf dem Bildschirm, und Vantage versucht weiter, sie zu speichern. Speichern Sie jetzt eine Sitzungsdatei, um eine Kopie an einem sicheren Ort zu haben; sobald wieder Speicherplatz frei ist, geht das Speichern weiter.',
    saveNow: 'Jetzt Sitzungsdatei speichern',
    retryNow: 'Jetzt erneut versuchen',
  },
  status: {
    saved: '„{{fileName}}“ wurde gespeichert.',
    downloaded: '„{{fileName}}“ wurde in Ihren Downloads gespeichert.',
    pdfOpened:
      'Die Druckansicht wurde in einem neuen Fenster geöffnet: Wählen Sie dort „Als PDF speichern“.',
    cancelled: 'Es wurde nichts gespeichert.',
    failed: 'Speichern nicht möglich: {{reason}} Es wurde nichts geändert.',
  },
  open: {
    failedTitle: 'Diese Datei lässt sich nicht öffnen',
    failedIntro: 'Es wurde nichts geändert. Das Problem mit „{{fileName}}“:',
    close: 'Schließen',
    existsTitle: '„{{title}}“ ist bereits vorhanden',
    existsBody:
      'Dieser Workshop ist bereits auf diesem Computer. Möchten Sie ihn durch die Fassung aus der Datei ersetzen oder beide behalten?',
    replace: 'Ersetzen',
    keepBoth: 'Beide behalten',
    cancel: 'Abbrechen',
    keepBothSuffix_one: '(aus Datei)',
    keepBothSuffix_other: '(aus Datei {{count}})',
    tooLarge:
      'Die Datei ist größer als 50 MB – viel größer als jeder Workshop – und damit keine Sitzungsdatei.',
  },
  backups: {
    title: 'Sicherungen',
    intro:
      'Während Sie arbeiten, legt Vantage in seinem Datenordner Kopien jedes Workshops an: die letzten 20 und zwei Wochen lang eine pro Tag.',
    browser:
      'Im Browser legt Vantage keine eigenen Sicherungen an. Speichern Sie ab und zu eine Sitzungsdatei, um eine Kopie zu haben.',
    empty:
      'Noch keine Sicherungen. Sie erscheinen wenige Sekunden, nachdem Sie einen Workshop geändert haben.',
    loading: 'Sicherungen werden gelesen…',
    listLabel: 'Sicherungen von {{title}}',
    savedAt: 'Gespeichert am {{when}}',
    size: '{{size}} kB',
    restore: 'Wiederherstellen',
    restoreLabel: '{{title}} im Stand von {{when}} wiederherstellen',
    restoreTitle: 'Diese Sicherung wiederherstellen?',
    restoreBody:
      'Der Workshop wird auf den Stand von {{when}} zurückgesetzt. Der aktuelle Stand wird vorher gesichert, sodass Sie zu ihm zurückkehren können.',
    restoreConfirm: 'Wiederherstellen',
    restored: '„{{title}}“ wurde im Stand von {{when}} wiederhergestellt.',
    failed: 'Wiederherstellen nicht möglich: {{reason}} Es wurde nichts geändert.',
    listFailed: 'Die Sicherungen konnten nicht gelesen werden: {{reason}}',
    offerTitle: 'Ihre Workshops wiederherstellen?',
    offerBody:
      'Vantage hat in seinem Speicher keine Workshops gefunden, aber Sicherungen von {{count}} Workshop(s). Soll jeweils die neueste Sicherung wiederhergestellt werden?',
    offerRestore: 'Alle wiederherstellen',
    offerLater: 'Nicht jetzt',
    offerDone: '{{count}} Workshop(s) aus Sicherungen wiederhergestellt.',
    writeFailed:
      'Vantage konnte keine Sicherung schreiben: {{reason}} Ihre Arbeit ist in der App weiterhin gespeichert; geben Sie etwas Speicherplatz frei.',
  },
} as const satisfies Mirror<typeof english>
