/** English text of session files, exports, imports and backups. */
export const files = {
  actions: {
    label: 'Take home',
    saveSession: 'Save session file',
    exportPdf: 'Export PDF',
    exportCsv: 'Export ratings CSV',
    exportBetsCsv: 'Export bets CSV',
    paper: 'Paper size',
    a4: 'A4',
    letter: 'US Letter',
    pdfLanguage: 'Language of the PDF',
    betsFileName: '{{title}} bets',
    untitledFileName: 'Vantage workshop',
    openSession: 'Open session file',
  },
  refusal: {
    title: {
      full: 'The disk is full: your latest changes are not saved yet',
      unavailable: 'The app’s storage refused your latest changes: they are not saved yet',
    },
    body: 'They stay on screen, and Vantage keeps trying to save them. Save a session file now to keep a copy somewhere safe; freeing some disk space lets the saving go on.',
    saveNow: 'Save a session file now',
    retryNow: 'Try again now',
  },
  status: {
    saved: 'Saved “{{fileName}}”.',
    downloaded: 'Saved “{{fileName}}” to your downloads.',
    pdfOpened: 'The print view opened in a new window: choose “Save as PDF” there.',
    cancelled: 'Nothing was saved.',
    failed: 'Could not save: {{reason}} Nothing was changed.',
  },
  open: {
    failedTitle: 'This file cannot be opened',
    failedIntro: 'Nothing was changed. What is wrong with “{{fileName}}”:',
    close: 'Close',
    existsTitle: '“{{title}}” is already here',
    existsBody:
      'This workshop is already on this computer. Replace it with the version in the file, or keep both?',
    replace: 'Replace it',
    keepBoth: 'Keep both',
    cancel: 'Cancel',
    keepBothSuffix_one: '(from file)',
    keepBothSuffix_other: '(from file {{count}})',
    tooLarge:
      'The file is larger than 50 MB, far larger than any workshop: it is not a session file.',
  },
  backups: {
    title: 'Backups',
    intro:
      'Vantage keeps copies of every workshop in its data folder while you work: the last 20, and one a day for two weeks.',
    browser:
      'In a browser, Vantage keeps no backups of its own. Save a session file now and then to keep a copy.',
    empty: 'No backups yet. They appear a few seconds after you change a workshop.',
    loading: 'Reading backups…',
    listLabel: 'Backups of {{title}}',
    savedAt: 'Saved {{when}}',
    size: '{{size}} kB',
    restore: 'Restore',
    restoreLabel: 'Restore {{title}} as saved {{when}}',
    restoreTitle: 'Restore this backup?',
    restoreBody:
      'The workshop goes back to how it was at {{when}}. Its current state is backed up first, so you can come back to it.',
    restoreConfirm: 'Restore',
    restored: 'Restored “{{title}}” as it was at {{when}}.',
    failed: 'Could not restore: {{reason}} Nothing was changed.',
    listFailed: 'Could not read the backups: {{reason}}',
    offerTitle: 'Restore your workshops?',
    offerBody:
      'Vantage found no workshops in its storage, but it has backups of {{count}} workshop(s). Restore the latest backup of each?',
    offerRestore: 'Restore all',
    offerLater: 'Not now',
    offerDone: 'Restored {{count}} workshop(s) from backups.',
    writeFailed:
      'Vantage could not write a backup: {{reason}} Your work is still saved in the app; free some disk space.',
  },
} as const
