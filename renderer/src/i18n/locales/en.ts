/**
 * English text of the app. Every word a facilitator reads lives in a locale file like this one,
 * so a translation never touches a component.
 */
import { cards } from './en/cards'
import { commit } from './en/commit'
import { compare } from './en/compare'
import { facilitate } from './en/facilitate'
import { files } from './en/files'
import { join } from './en/join'
import { newerData } from './en/newerData'
import { phone } from './en/phone'
import { prepare } from './en/prepare'
import { projector } from './en/projector'
import { present } from './en/present'
import { problems } from './en/problems'
import { rating } from './en/rating'
import { report } from './en/report'
import { sharedWords } from './en/sharedWords'
import { teammap } from './en/teammap'
import { teammapView } from './en/teammapView'
import { templates } from './en/templates'

export const en = {
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
  workshop: {
    details: 'Details',
    detailsHint: 'Changes are saved as you type.',
    lenses: 'Lenses in this workshop',
    prompts: 'Discussion prompts',
    scale: 'Maturity scale',
    level: 'Level {{level}}: {{label}}',
    notFound: 'This workshop does not exist or was deleted.',
    loading: 'Opening the workshop…',
    sections: 'Workshop sections',
    tabs: {
      prepare: 'Prepare',
      run: 'Run the workshop',
      compare: 'Compare',
      map: 'Map',
      commit: 'Commit',
    },
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

export type Resources = typeof en
