/**
 * Where cards go when dragged: a drop is turned into the few position changes to store, so a
 * move writes only the cards it shifted (groupedOrder, with the column as the group). Also tidies
 * the tags typed on a card.
 */
import type { Card } from './card'
import { itemsInGroup, moveInGroups, type GroupPosition } from './groupedOrder'
import type { RatingState } from './rating'

export type CardPosition = GroupPosition<'column', RatingState>

type Placed = Pick<Card, 'id' | 'column' | 'order'>

const TAG_MAX_LENGTH = 40
const MAX_TAGS = 10

/** Cards of one lens in a column, by order then id. */
export function cardsInColumn<T extends Placed>(cards: readonly T[], column: RatingState): T[] {
  return itemsInGroup(cards, 'column', column)
}

/**
 * Moving `cardId` to `toIndex` of `toColumn` (index in the target column AFTER removing the card
 * from its own column; clamped): the new positions of every card whose column or order changed,
 * with orders renumbered 0..n-1 in each affected column. Unknown id -> []. A no-op move -> [].
 */
export function moveCard(
  cards: readonly Placed[],
  cardId: string,
  toColumn: RatingState,
  toIndex: number,
): CardPosition[] {
  return moveInGroups(cards, 'column', cardId, toColumn, toIndex)
}

/** A tag cut at the limit must not end in half of a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const last = cut.charCodeAt(cut.length - 1)
  return (last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut).trimEnd()
}

/** Normalised, de-duplicated (case-insensitive), non-empty tags from a comma-separated string, each at most 40 chars, at most 10. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const part of text.split(',')) {
    const tag = truncate(part.trim().replace(/\s+/g, ' '), TAG_MAX_LENGTH)
    const key = tag.toLocaleLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(tag)
    if (tags.length === MAX_TAGS) break
  }
  return tags
}
