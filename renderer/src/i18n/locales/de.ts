/**
 * German text of the app, from the same parts as the English, in one piece: a translation loads
 * whole when it is chosen (i18n/index.ts), so it is not split by screen as English is. Formal
 * "Sie" throughout; the same keys, placeholders and plural forms as en.ts, checked by the compiler.
 */
import type { Resources } from './en'
import type { Mirror } from './mirror'
import { cards } from './de/cards'
import { commit } from './de/commit'
import { compare } from './de/compare'
import { facilitate } from './de/facilitate'
import { files } from './de/files'
import { join } from './de/join'
import { newerData } from './de/newerData'
import { phone } from './de/phone'
import { prepare } from './de/prepare'
import { projector } from './de/projector'
import { present } from './de/present'
import { problems } from './de/problems'
import { rating } from './de/rating'
import { report } from './de/report'
import { sharedWords } from './de/sharedWords'
import { teammap } from './de/teammap'
import { teammapView } from './de/teammapView'
import { templates } from './de/templates'

export const de = {
  prepare,
  rating,
  cards,
  facilitate,
  report,
  files,
  compare,
  commit,
  projector,
  present,
  templates,
  teammap: { ...teammapView, ...teammap },
  join,
  phone,
  problems,
  sharedWords,
  app: {
    name: 'Vantage',
    tagline: 'Workshops zu Ihrem Produkt-Betriebsmodell',
    skipToContent: 'Zum Inhalt springen',
    breadcrumb: 'Navigationspfad',
    footerDesktop: 'Vantage {{version}} · Datenordner: {{folder}}',
    footerBrowser: 'Vantage {{version}} · Läuft im Browser: Die Daten bleiben in diesem Browser',
    notFound: 'Diese Seite gibt es nicht.',
    backHome: 'Zurück zu allen Workshops',
    loadFailed: 'Vantage konnte seine gespeicherten Daten nicht lesen. Es wurde nichts geändert.',
    retry: 'Erneut versuchen',
    dbReplaced:
      'Vantage wurde in einem anderen Fenster aktualisiert. Laden Sie neu, um weiterzuarbeiten; alles bisher Gespeicherte ist sicher.',
    reload: 'Neu laden',
    language: {
      label: 'Sprache',
      system: 'Wie das System ({{language}})',
    },
    newerData,
    about: {
      title: 'Über Vantage',
      version: 'Version',
      dataFolder: 'Datenordner',
      inBrowser: 'Der eigene Speicher dieses Browsers',
      dataHint:
        'Ihre Workshops und deren Sicherungen liegen im Datenordner. Speichern Sie eine Sitzungsdatei, um einen Workshop auf einen anderen Laptop mitzunehmen.',
      close: 'Schließen',
    },
  },
  home: {
    title: 'Workshops',
    newWorkshop: 'Neuer Workshop',
    listLabel: 'Ihre Workshops',
    emptyTitle: 'Noch keine Workshops',
    emptyBody:
      'Legen Sie einen Workshop an, um die Agenda vorzubereiten, die sechs Perspektiven mit Ihrem Führungsteam durchzugehen und eine Zusammenfassung mitzunehmen.',
    loading: 'Workshops werden geladen…',
    organisationUnset: 'Keine Organisation',
    dateUnset: 'Kein Datum',
    lastEdited: 'Zuletzt bearbeitet {{when}}',
    rename: 'Umbenennen',
    renameLabel: '{{title}} umbenennen',
    duplicate: 'Duplizieren',
    duplicateLabel: '{{title}} duplizieren',
    delete: 'Löschen',
    deleteLabel: '{{title}} löschen',
    copySuffix_one: '(Kopie)',
    copySuffix_other: '(Kopie {{count}})',
    duplicated: '„{{title}}“ wurde angelegt.',
    deleted: '„{{title}}“ wurde gelöscht.',
    undo: 'Rückgängig',
    restored: '„{{title}}“ wurde wiederhergestellt.',
    dismiss: 'Schließen',
    actionFailed: 'Das hat nicht geklappt: {{reason}} Es wurde nichts geändert.',
  },
  workshopForm: {
    createTitle: 'Neuer Workshop',
    createDescription: 'Sie können all das später ändern.',
    renameTitle: 'Workshop umbenennen',
    title: 'Titel',
    titleHint: 'Zum Beispiel „Klausur der Geschäftsleitung, Frühjahr“',
    organisation: 'Organisation',
    date: 'Datum',
    facilitator: 'Moderation',
    template: 'Vorlage',
    templateHint:
      'Der Workshop behält seine eigene Kopie der Perspektiven; spätere Änderungen an der Vorlage verändern ihn nie.',
    builtInTemplate: 'Mitgeliefert: {{name}}',
    create: 'Workshop anlegen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    errors: {
      title: {
        required: 'Geben Sie dem Workshop einen Titel.',
        tooLong: 'Der Titel darf höchstens {{max}} Zeichen lang sein.',
      },
      organisation: { tooLong: 'Höchstens {{max}} Zeichen.' },
      facilitator: { tooLong: 'Höchstens {{max}} Zeichen.' },
      date: { invalidDate: 'Geben Sie ein gültiges Datum ein.' },
    },
  },
  deleteDialog: {
    title: '„{{title}}“ löschen?',
    body: 'Teilnehmende, Bewertungen, Karten und Vorhaben werden mit gelöscht. Sie können das direkt danach rückgängig machen.',
    confirm: 'Workshop löschen',
    cancel: 'Behalten',
  },
  workshop: {
    details: 'Angaben',
    detailsHint: 'Änderungen werden beim Tippen gespeichert.',
    lenses: 'Perspektiven in diesem Workshop',
    prompts: 'Gesprächsimpulse',
    scale: 'Reifegradskala',
    level: 'Stufe {{level}}: {{label}}',
    notFound: 'Diesen Workshop gibt es nicht oder er wurde gelöscht.',
    loading: 'Workshop wird geöffnet…',
    sections: 'Bereiche des Workshops',
    tabs: {
      prepare: 'Vorbereiten',
      run: 'Durchführen',
      compare: 'Vergleichen',
      map: 'Teamlandkarte',
      commit: 'Beschließen',
    },
  },
  saveState: {
    saving: 'Wird gespeichert…',
    saved: 'Alle Änderungen gespeichert',
    failed: 'Die letzte Änderung konnte nicht gespeichert werden',
    refused: 'Noch nicht gespeichert: neuer Versuch läuft',
  },
  dates: {
    justNow: 'gerade eben',
  },
} as const satisfies Mirror<Resources>
