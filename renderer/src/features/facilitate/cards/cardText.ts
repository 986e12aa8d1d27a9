/**
 * Small text helpers of the cards board: the short form of a card that names its drag handle and
 * the spoken announcements, and the column lists a drag works on.
 */
import { cardsInColumn, type Card, type RatingState } from '@shared/domain'
import type { ListsLayout } from '../../../ui/useListsDrag'

export const COLUMNS = ['current', 'target'] as const satisfies readonly RatingState[]

export type ColumnLists = Record<RatingState, string[]>

const SUMMARY_WORDS = 6
const SUMMARY_CHARS = 48

/** The first few words of a card: enough to tell cards apart when heard, short enough to hear. */
export function cardSummary(text: string): string {
  const words = text.trim().split(/\s+/)
  let summary = words.slice(0, SUMMARY_WORDS).join(' ')
  if (summary.length > SUMMARY_CHARS) summary = summary.slice(0, SUMMARY_CHARS).trimEnd()
  return summary.length < text.trim().length ? `${summary}…` : summary
}

/** The ids of a lens's cards in each column, in the order the room sees them. */
export function columnLists(cards: readonly Card[]): ColumnLists {
  return {
    current: cardsInColumn(cards, 'current').map((c) => c.id),
    target: cardsInColumn(cards, 'target').map((c) => c.id),
  }
}

export function otherColumn(column: RatingState): RatingState {
  return column === 'current' ? 'target' : 'current'
}

/** The columns as a drag moves cards within and between them; a column's drop zone id is its name. */
export const COLUMN_LAYOUT: ListsLayout<RatingState> = {
  containers: COLUMNS,
  containerOfDropId: (id) => COLUMNS.find((column) => column === id) ?? null,
}
