/** English text of the commit tab's prioritise view. */
export const prioritise = {
  heading: 'Prioritise',
  intro:
    'Put the bets in order, most important first, and draw the line: the room commits to the bets above it, the rest wait. Ideas that do not fit go to the parking lot.',
  empty: 'There are no bets to prioritise yet.',
  emptyLink: 'Write the first bets',
  /** The three groups, as headings and as places in spoken drag messages. */
  groups: {
    committed: {
      heading: 'Committed',
      empty: 'Nothing is committed yet. Move the line down, or drag a bet here.',
      place: 'above the line',
    },
    proposed: {
      heading: 'Waiting',
      empty: 'Nothing waits below the line.',
      place: 'below the line',
    },
    parked: {
      heading: 'Parking lot',
      intro: 'Ideas that did not fit this time.',
      empty: 'The parking lot is empty.',
      place: 'in the parking lot',
    },
  },
  count_one: '{{count}} bet',
  count_other: '{{count}} bets',
  line: {
    label: 'Commit line',
    text: 'Above the line: we commit · below: it waits',
    up: 'Move the line up',
    down: 'Move the line down',
  },
  votes: {
    order: 'Order by votes',
    note: 'Puts the bets with the most dots first. The line stays where it is: as many bets stay committed as before.',
    hidden: 'Reveal the dot votes first to order the bets by them.',
  },
  bet: {
    owner: 'Owner: {{owner}}',
    horizon: 'Horizon: {{horizon}}',
    dots_one: '{{count}} dot',
    dots_other: '{{count}} dots',
    drag: 'Drag “{{title}}”',
    moveUp: 'Move “{{title}}” up',
    moveDown: 'Move “{{title}}” down',
    commit: 'Commit',
    commitNamed: 'Commit “{{title}}”',
    uncommit: 'Move below the line',
    uncommitNamed: 'Move below the line: “{{title}}”',
    park: 'Park',
    parkNamed: 'Park “{{title}}”',
    bringBack: 'Bring back',
    bringBackNamed: 'Bring back “{{title}}”',
  },
  closed: {
    summary_one: '{{count}} closed bet, not prioritised',
    summary_other: '{{count}} closed bets, not prioritised',
    label: 'Closed bets',
  },
  notices: {
    moved: '“{{title}}” is at position {{position}} of {{count}} {{place}}.',
    line_one: 'The line is now under {{count}} bet.',
    line_other: 'The line is now under {{count}} bets.',
    lineNone: 'The line is now at the top: nothing is committed.',
    ordered: 'Ordered by votes. The line stays under the same number of bets.',
    alreadyOrdered: 'The bets are already in the order of their votes.',
    failed: 'Could not save that change. Please try again.',
  },
  drag: {
    roleDescription: 'draggable bet',
    instructions:
      'To move a bet, press Space or Enter on its drag handle. Use the arrow keys to move it up or down the list, across the commit line, or to the parking lot, then press Space or Enter to drop it, or Escape to cancel.',
    pickedUp: 'Picked up “{{title}}”. It is at position {{position}} of {{count}} {{place}}.',
    over: '“{{title}}” is at position {{position}} of {{count}} {{place}}.',
    notOver: '“{{title}}” is not over the list or the parking lot.',
    dropped: '“{{title}}” dropped at position {{position}} of {{count}} {{place}}.',
    droppedOutside: '“{{title}}” was dropped outside the list and stays where it was.',
    cancelled:
      'Moving “{{title}}” was cancelled. It stays at position {{position}} of {{count}} {{place}}.',
  },
} as const
