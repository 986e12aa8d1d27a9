/**
 * The English words of the first screens: the home screen, the app's frame and its dialogs,
 * opening and saving files, the templates library, and whatever else the code loaded with them
 * can say. They come with the app; the words of every other screen (enLater.ts) come with that
 * screen's code (i18n/index.ts), so the first screen does not carry them.
 */
import { status } from './en/commit/status'
import { help } from './en/facilitateHelp'
import { files } from './en/files'
import { newerData } from './en/newerData'
import { editRefused } from './en/prepareEditRefused'
import { problems } from './en/problems'
import { betsCsv, csv } from './en/reportCsv'
import { sharedWords } from './en/sharedWords'
import { templates } from './en/templates'

export const enAtStart = {
  files,
  templates,
  problems,
  sharedWords,
  // The parts of later screens' groups that the first screens' code words too: the shortcuts
  // list opens anywhere, and the CSV exports and the session's edits are loaded with the app.
  facilitate: { help },
  commit: { status },
  report: { betsCsv, csv },
  prepare: { lenses: { editRefused } },
  app: {
    name: 'Vantage',
    tagline: 'Workshops on your product operating model',
    skipToContent: 'Skip to content',
    breadcrumb: 'Breadcrumb',
    footerDesktop: 'Vantage {{version}} · Data folder: {{folder}}',
    footerBrowser: 'Vantage {{version}} · Running in a browser: data stays in this browser',
    notFound: 'This page does not exist.',
    backHome: 'Back to all workshops',
    loadFailed: 'Vantage could not read its saved data. Nothing has been changed.',
    retry: 'Try again',
    dbReplaced:
      'Vantage was updated in another window. Reload to keep working; everything saved so far is safe.',
    reload: 'Reload',
    language: {
      label: 'Language',
      system: 'As the system ({{language}})',
    },
    newerData,
    about: {
      title: 'About Vantage',
      version: 'Version',
      dataFolder: 'Data folder',
      inBrowser: 'This browser’s own storage',
      dataHint:
        'Your workshops and their backups are kept in the data folder. Save a session file to take a workshop to another laptop.',
      close: 'Close',
    },
  },
  home: {
    title: 'Workshops',
    newWorkshop: 'New workshop',
    listLabel: 'Your workshops',
    emptyTitle: 'No workshops yet',
    emptyBody:
      'Create a workshop to prepare the agenda, run the six lenses with your leadership team, and take home a summary.',
    loading: 'Loading workshops…',
    organisationUnset: 'No organisation',
    dateUnset: 'No date set',
    lastEdited: 'Last edited {{when}}',
    rename: 'Rename',
    renameLabel: 'Rename {{title}}',
    duplicate: 'Duplicate',
    duplicateLabel: 'Duplicate {{title}}',
    delete: 'Delete',
    deleteLabel: 'Delete {{title}}',
    copySuffix_one: '(copy)',
    copySuffix_other: '(copy {{count}})',
    duplicated: 'Created “{{title}}”.',
    deleted: 'Deleted “{{title}}”.',
    undo: 'Undo',
    restored: 'Restored “{{title}}”.',
    dismiss: 'Dismiss',
    actionFailed: 'That did not work: {{reason}} Nothing was changed.',
  },
  workshopForm: {
    createTitle: 'New workshop',
    createDescription: 'You can change all of this later.',
    renameTitle: 'Rename workshop',
    title: 'Title',
    titleHint: 'For example “Leadership offsite, spring”',
    organisation: 'Organisation',
    date: 'Date',
    facilitator: 'Facilitator',
    template: 'Template',
    templateHint:
      'The workshop keeps its own copy of the lenses, so later changes to the template never rewrite it.',
    builtInTemplate: 'Built-in: {{name}}',
    create: 'Create workshop',
    save: 'Save',
    cancel: 'Cancel',
    errors: {
      title: {
        required: 'Give the workshop a title.',
        tooLong: 'Keep the title under {{max}} characters.',
      },
      organisation: { tooLong: 'Keep this under {{max}} characters.' },
      facilitator: { tooLong: 'Keep this under {{max}} characters.' },
      date: { invalidDate: 'Enter a real date.' },
    },
  },
  deleteDialog: {
    title: 'Delete “{{title}}”?',
    body: 'Its participants, ratings, cards and bets go with it. You can undo this straight after.',
    confirm: 'Delete workshop',
    cancel: 'Keep it',
  },
  saveState: {
    saving: 'Saving…',
    saved: 'All changes saved',
    failed: 'The last change could not be saved',
    refused: 'Not saved yet: trying again',
  },
  dates: {
    justNow: 'just now',
  },
} as const
