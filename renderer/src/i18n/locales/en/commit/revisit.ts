/** English text of the commit tab's review of the bets an earlier workshop committed to. */
export const revisit = {
  heading: 'Review earlier bets',
  intro:
    'What “{{title}}” committed to, and how it turned out. Review these before writing new bets: what the room learned shapes what it bets on next.',
  introDated:
    'What “{{title}}” ({{date}}) committed to, and how it turned out. Review these before writing new bets: what the room learned shapes what it bets on next.',
  progress: '{{reviewed}} of {{count}} reviewed',
  toBets: 'Go on to the bets',
  listLabel: 'Earlier bets',
  lens: 'Lens',
  lensNotHere: '{{title}} (a lens of the earlier workshop only)',
  owner: 'Owner',
  horizon: 'Horizon',
  notSet: 'Not set',
  outcome: 'How did it go?',
  outcomes: {
    done: 'Done',
    ongoing: 'Still going',
    dropped: 'Dropped',
  },
  learning: 'What did we learn?',
  learningHint: 'A sentence or two. Saved as you type.',
  empty:
    'Bets of an earlier workshop appear here once this workshop is compared with one in Compare → Over time.',
  emptyLink: 'Open Compare → Over time',
  errors: {
    tooLong: 'Keep this under {{max}} characters (it has {{count}}).',
    writeFailed: 'Could not save the review. Please try again.',
  },
}
