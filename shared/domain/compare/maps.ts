/**
 * The current and target maps side by side: per agenda lens, the cards of each column grouped by
 * their tags, so the room sees which themes dominate today and which ones it wants tomorrow.
 */
import type { Card } from '../card'
import { cardsInColumn } from '../cardOrder'
import type { LensId } from '../lens'
import type { RatingState } from '../rating'
import { agendaLenses, compareStrings, type CompareSource } from './records'

export type MapCard = Pick<Card, 'id' | 'text' | 'tags'>

export interface TagGroup {
  /** The first spelling met in column order, trimmed. */
  tag: string
  /** In column order. */
  cards: MapCard[]
}

export interface MapColumn {
  /** Cards in the column, each counted once however many tags it has. */
  count: number
  /** Most cards first, then by tag (code-unit order). A card with two tags is in both. */
  groups: TagGroup[]
  /** Cards without a non-empty tag, in column order. */
  untagged: MapCard[]
}

export interface LensMap {
  lensId: LensId
  title: string
  columns: Record<RatingState, MapColumn>
}

export type MapsSource = CompareSource & { cards: readonly Card[] }

/** Trimmed and case-folded: " Hiring" and "hiring" are one theme. toLowerCase, not the locale's, so every laptop groups alike. */
function tagKey(tag: string): string {
  return tag.trim().toLowerCase()
}

function mapCard(card: Card): MapCard {
  return { id: card.id, text: card.text, tags: [...card.tags] }
}

function mapColumn(cards: readonly Card[], column: RatingState): MapColumn {
  const ordered = cardsInColumn(cards, column)
  const groups = new Map<string, TagGroup>()
  const untagged: MapCard[] = []
  for (const card of ordered) {
    // A card tagged "Hiring" and "hiring" still appears once in that group.
    const keys = new Set<string>()
    for (const tag of card.tags) {
      const key = tagKey(tag)
      if (key === '' || keys.has(key)) continue
      keys.add(key)
      let group = groups.get(key)
      if (!group) {
        group = { tag: tag.trim(), cards: [] }
        groups.set(key, group)
      }
      group.cards.push(mapCard(card))
    }
    if (keys.size === 0) untagged.push(mapCard(card))
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.cards.length - a.cards.length || compareStrings(a.tag, b.tag),
  )
  return { count: ordered.length, groups: sorted, untagged }
}

/** Per agenda lens (agenda order): each column's cards grouped by tag, and the untagged ones. */
export function lensMaps(source: MapsSource): LensMap[] {
  return agendaLenses(source).map(({ lensId, title }) => {
    const cards = source.cards.filter((card) => card.lensId === lensId)
    const columns = { current: mapColumn(cards, 'current'), target: mapColumn(cards, 'target') }
    return { lensId, title, columns }
  })
}
