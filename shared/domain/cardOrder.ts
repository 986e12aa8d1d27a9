/**
 * Where cards go when dragged: a drop is turned into the few position changes to store, so a
 * move writes only the cards it shifted. Also tidies the tags typed on a card.
 */
import type { Card } from './card'
import type { RatingState } from './rating'

export interface CardPosition {
  id: string
  column: RatingState
  order: number
}

type Placed = Pick<Card, 'id' | 'column' | 'order'>

const TAG_MAX_LENGTH = 40
const MAX_TAGS = 10

/** Code-unit order for the tie-break: localeCompare calls some distinct ids equal. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Cards of one lens in a column, by order then id. */
export function cardsInColumn<T extends Pick<Card, 'id' | 'column' | 'order'>>(
  cards: readonly T[],
  column: RatingState,
): T[] {
  return cards
    .filter((card) => card.column === column)
    .sort((a, b) => a.order - b.order || compareIds(a.id, b.id))
}

function clampIndex(index: number, length: number): number {
  const whole = Number.isNaN(index) ? 0 : Math.trunc(index)
  return Math.min(Math.max(whole, 0), length)
}

/** Positions 0..n-1 for a column's cards, keeping only those that differ from where they were. */
function changedPositions(
  column: RatingState,
  ordered: readonly Placed[],
  before: ReadonlyMap<string, Placed>,
): CardPosition[] {
  return ordered
    .map((card, order): CardPosition => ({ id: card.id, column, order }))
    .filter((position) => {
      const old = before.get(position.id)
      return old?.column !== position.column || old.order !== position.order
    })
}

/** Moving `cardId` to `toIndex` of `toColumn` (index in the target column AFTER removing the card from its own column; clamped): returns the new positions of every card whose column or order changed, with orders renumbered 0..n-1 in each affected column. Unknown id -> []. A no-op move -> []. */
export function moveCard(
  cards: readonly Pick<Card, 'id' | 'column' | 'order'>[],
  cardId: string,
  toColumn: RatingState,
  toIndex: number,
): CardPosition[] {
  const moving = cards.find((card) => card.id === cardId)
  if (!moving) return []
  const others = cards.filter((card) => card !== moving)
  const target = cardsInColumn(others, toColumn)
  const index = clampIndex(toIndex, target.length)
  const fromIndex = cardsInColumn(cards, moving.column).indexOf(moving)
  // Dropping a card where it already is must not renumber a column whose orders have gaps.
  if (moving.column === toColumn && index === fromIndex) return []

  const before = new Map(cards.map((card) => [card.id, card]))
  const targetAfter = [...target.slice(0, index), moving, ...target.slice(index)]
  const changed = changedPositions(toColumn, targetAfter, before)
  if (moving.column === toColumn) return changed
  return [
    ...changed,
    ...changedPositions(moving.column, cardsInColumn(others, moving.column), before),
  ]
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
