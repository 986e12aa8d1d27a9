/**
 * English text of the keyboard shortcuts list (facilitate.help). Its own file because the list
 * opens from any screen, the home screen too, so it loads with the first screens' words.
 */
export const help = {
  keyNames: {
    shift: 'Shift',
    ctrl: 'Ctrl',
    ctrlOrCmd: 'Ctrl/⌘',
  },
  open: 'Keyboard shortcuts',
  title: 'Keyboard shortcuts',
  description: 'Single keys work when the focus is not in a text field.',
  singleKeys: 'Use single-key shortcuts',
  singleKeysHint:
    'Turn this off if you use speech input or find that letters trigger actions by mistake.',
  close: 'Close',
  runHeading: 'While running the workshop',
  menuHeading: 'Anywhere in the app',
  keys: {
    newWorkshop: 'New workshop',
    openSession: 'Open a session file',
    saveSession: 'Save the workshop as a session file',
    exportPdf: 'Export the PDF summary',
    presenter: 'Open or close the presenter view',
    shortcuts: 'Show this list',
    next: 'Next step',
    previous: 'Previous step',
    reveal: 'Reveal or hide the ratings of this step',
    timer: 'Start or pause the timer',
    addMinute: 'Add a minute to the timer',
    blank: 'Blank the projector, or show it again',
    undo: 'Undo',
    redo: 'Redo',
    help: 'Show this list',
    rateDigit: 'In a rating row: rate 1 to 5, 0 or U for unsure, Backspace to clear',
  },
} as const
