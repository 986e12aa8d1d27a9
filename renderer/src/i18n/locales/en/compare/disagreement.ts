/** English text of the compare tab's disagreement view. */
export const disagreement = {
  heading: 'Where the room disagrees',
  intro:
    "Everyone's own ratings once revealed, how far apart they are per lens, and who is furthest from the score the room agreed.",
  empty:
    "Nothing revealed yet. Each person's ratings appear here once they are revealed for a lens.",
  heatmap: {
    show: 'Show',
    modes: {
      current: 'Today',
      target: 'Target',
      gap: 'Personal gap',
    },
    caption: {
      current: "Each person's rating of today, per lens",
      target: "Each person's target, per lens",
      gap: "Each person's own gap (their target minus their today), per lens",
    },
    scrollLabel: 'Ratings per person and lens',
    personColumn: 'Person',
    unsure: 'Unsure',
    /** What a cell shows: short enough for a projector, read out in words (see unsure...). */
    marks: {
      unsure: '?',
      none: '–',
      up: '+{{gap}}',
      /** A real minus sign: a hyphen reads as a dash from the back of the room. */
      down: '\u2212{{gap}}',
    },
    notShown: 'Not rated or not revealed',
    noGap: 'No personal gap: needs both ratings',
    /** A personal target below today: said in words as well as by the minus sign. */
    below: 'target below today',
    /** Dark themes brighten the strong shades: say "stronger", not "darker". */
    legend: {
      level:
        'A stronger shade means a higher level. "?" means unsure, "–" not rated or not revealed.',
      gap: 'A stronger shade means a bigger gap. A minus sign, a warm shade and a dashed border mark a target below today.',
    },
  },
  lenses: {
    heading: 'Per lens',
    summary_one: 'The room agrees on the score but not on the gap for one lens: {{lenses}}',
    summary_other:
      'The room agrees on the scores but not on the gap for {{count}} lenses: {{lenses}}',
    noneFlagged: 'No lens where the room agrees on scores but not on the gap',
    flag: 'Agrees on the score, not on the gap',
    flagExplanation_one:
      "Everyone's scores are within one level, but their own gaps differ by {{count}} level",
    flagExplanation_other:
      "Everyone's scores are within one level, but their own gaps differ by {{count}} levels",
    spread: {
      current: 'Spread today',
      target: 'Spread of the target',
    },
    range_zero: 'Everyone gave the same score',
    range_one: '{{count}} level',
    range_other: '{{count}} levels',
    noRatings: 'No revealed ratings yet',
    /** A spread with the score the room agreed for that state. */
    withAgreed: '{{spread}}, agreed {{level}}',
    furthest: {
      current: 'Furthest from the agreed score today',
      target: 'Furthest from the agreed target',
    },
    furthestPeople_one: '{{people}} ({{count}} level away)',
    furthestPeople_other: '{{people}} ({{count}} levels away)',
    nobodyFar: 'Nobody is far from the agreed score',
    noAgreed: 'No agreed score yet',
  },
}
