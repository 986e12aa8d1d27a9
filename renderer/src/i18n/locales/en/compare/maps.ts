/** English text of the compare tab's maps view. */
export const maps = {
  heading: 'Maps side by side',
  intro:
    'Per lens, what the room observed today next to what it wants, with the cards grouped by their tags.',
  empty: 'No lens on the agenda yet. The cards appear here once the agenda has lenses.',
  columns: {
    current: 'Today',
    target: 'Where we want to be',
  },
  cardCount_one: '{{count}} card',
  cardCount_other: '{{count}} cards',
  /** A tag heading, with how many cards carry it. */
  tagCount_one: '{{count}} card',
  tagCount_other: '{{count}} cards',
  untagged: 'Without a tag',
  emptyColumn: 'No cards yet',
  emptyLens: 'No cards for this lens yet.',
}
