/** English text of the cards screens. */
export const cards = {
  nowDiscussing: 'Now discussing',
  count_one: '{{count}} card',
  count_other: '{{count}} cards',
  columns: {
    current: {
      title: 'Today',
      intro: 'Key observations of how things work now',
      addLabel: 'Add an observation',
      empty: 'No observations yet. Add one below, or drag a card here.',
    },
    target: {
      title: 'Where we want to be',
      intro: 'What good looks like for us',
      addLabel: 'Describe what good looks like',
      empty: 'Nothing here yet. Add one below, or drag a card here.',
    },
  },
  add: {
    submit: 'Add card',
    hint: 'Enter adds the card, Shift+Enter starts a new line.',
    tags: 'Tags',
    tagsHint: 'Optional, separated by commas',
  },
  card: {
    edit: 'Edit',
    delete: 'Delete',
    moveTo: 'Move to {{column}}',
    drag: 'Drag {{card}}',
    tags: 'Tags',
    makeBet: 'Make a bet',
    makeBetLabel: 'Make a bet from “{{card}}”',
  },
  edit: {
    text: 'Card text',
    save: 'Save',
    cancel: 'Cancel',
    hint: '{{key}}+Enter saves, Escape cancels.',
  },
  errors: {
    required: 'Write something first: an empty card is not saved.',
    tooLong: 'Keep a card under {{max}} characters (this one has {{count}}).',
    writeFailed: 'Could not save the card. Your text is still here; please try again.',
  },
  notices: {
    added: 'Added “{{card}}” to {{column}}.',
    saved: 'Saved “{{card}}”.',
    moved: 'Moved “{{card}}” to {{column}}.',
    deleted: 'Card deleted.',
    restored: 'Card restored.',
    undo: 'Undo',
    dismiss: 'Dismiss',
    failed: 'Could not save that change. Please try again.',
    betMade: 'Added the bet “{{title}}”.',
    openBets: 'See all bets',
  },
  drag: {
    roleDescription: 'draggable card',
    instructions:
      'To move a card, press Space or Enter on its drag handle. Use the arrow keys to move it within its column or to the other column, then press Space or Enter to drop it, or Escape to cancel.',
    pickedUp: 'Picked up “{{card}}”. It is at position {{position}} of {{count}} in {{column}}.',
    over: '“{{card}}” is at position {{position}} of {{count}} in {{column}}.',
    notOver: '“{{card}}” is not over a column.',
    dropped: '“{{card}}” dropped at position {{position}} of {{count}} in {{column}}.',
    droppedOutside: '“{{card}}” was dropped outside the columns and stays where it was.',
    cancelled:
      'Moving “{{card}}” was cancelled. It stays at position {{position}} of {{count}} in {{column}}.',
  },
} as const
