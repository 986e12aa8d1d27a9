/** German text of the compare tab's maps view. */
import type { maps as english } from '../../en/compare/maps'
import type { Mirror } from '../../mirror'

export const maps = {
  heading: 'Heute und Ziel nebeneinander',
  intro:
    'Je Perspektive, was die Runde heute beobachtet, neben dem, was sie erreichen will – die Karten nach Schlagwörtern gruppiert.',
  empty:
    'Noch keine Perspektive auf der Agenda. Die Karten erscheinen hier, sobald die Agenda Perspektiven enthält.',
  columns: {
    current: 'Heute',
    target: 'Wo wir hinwollen',
  },
  cardCount_one: '{{count}} Karte',
  cardCount_other: '{{count}} Karten',
  /** A tag heading, with how many cards carry it. */
  tagCount_one: '{{count}} Karte',
  tagCount_other: '{{count}} Karten',
  untagged: 'Ohne Schlagwort',
  emptyColumn: 'Noch keine Karten',
  emptyLens: 'Noch keine Karten zu dieser Perspektive.',
} as const satisfies Mirror<typeof english>
