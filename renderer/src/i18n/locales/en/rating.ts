/**
 * English text of the rate and reveal steps: private ratings, the reveal of how the room sees a
 * lens, and the score it agrees on.
 */
export const rating = {
  count: '{{rated}} of {{total}} rated',
  levelName: '{{level}}: {{label}}',
  unsure: 'Unsure',
  rate: {
    heading: {
      current: 'Where are we today?',
      target: 'Where do we want to be?',
    },
    people: 'People in the room',
    keyboardHint:
      'Type 1 to 5 for the highlighted person, 0 or U for unsure, Backspace to clear. Arrow keys move between people.',
    hiddenNotice: 'Ratings stay hidden until you reveal them.',
    revealedNotice: 'These ratings are revealed: changes show to the room at once.',
    scaleHeading: 'The scale',
    rateButton: 'Rate {{name}} {{level}}: {{label}}',
    unsureButton: '{{name}} is unsure',
    notRated: 'Not rated',
    rated: 'Rated',
    ratedLevel: '{{level}} · {{label}}',
    note: 'Note for {{name}}',
    notePlaceholder: 'Optional note',
    clear: 'Clear',
    clearLabel: 'Clear the rating of {{name}}',
    noPeopleTitle: 'No one to rate yet',
    noPeopleBody:
      'Ratings need participants: add them on the Prepare tab. Without them, the room can still agree a score together in the reveal step.',
  },
  reveal: {
    heading: {
      current: 'How the room sees today',
      target: 'Where the room wants to be',
    },
    revealButton: 'Reveal ratings',
    hiddenHint: 'The ratings stay hidden until you reveal them to the room.',
    nothingToReveal: 'Nobody has rated this yet. The room can still agree a score together.',
    median: 'Median {{value}}',
    noMedian: 'No median: nobody gave a number',
    range: 'Range {{min}} to {{max}}',
    rangeSingle: 'Everyone at {{level}}',
    disagreement:
      'The room disagrees: ratings span {{levels}} levels. Talk about it before agreeing.',
    hide: 'Hide ratings again',
    plotCaption: 'Ratings by level',
    columnLevel: 'Level',
    columnCount: 'Ratings',
    columnNames: 'Who',
    nobody: 'Nobody',
    anonymousNote: 'This workshop is anonymous: ratings are shown without names.',
  },
  consensus: {
    heading: {
      current: 'Agreed current score',
      target: 'Agreed target score',
    },
    notAgreed: 'Not agreed yet.',
    clear: 'Clear agreed score',
  },
} as const
