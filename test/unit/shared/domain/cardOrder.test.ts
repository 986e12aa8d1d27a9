import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  RATING_STATES,
  cardsInColumn,
  moveCard,
  parseTags,
  type CardPosition,
  type RatingState,
} from '@shared/domain'

interface Placed {
  id: string
  column: RatingState
  order: number
}

const card = (id: string, column: RatingState, order: number): Placed => ({ id, column, order })
const ids = (cards: readonly Placed[], column: RatingState): string[] =>
  cardsInColumn(cards, column).map((c) => c.id)
const apply = (cards: readonly Placed[], positions: readonly CardPosition[]): Placed[] =>
  cards.map((c) => positions.find((p) => p.id === c.id) ?? c)

const columnArb = fc.constantFrom<RatingState>(...RATING_STATES)
/** Unique ids; orders from a small range so that ties and gaps both happen. */
const cardsArb: fc.Arbitrary<Placed[]> = fc
  .uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 3 }), {
    maxLength: 10,
  })
  .chain((cardIds) =>
    fc.tuple(
      ...cardIds.map((id) =>
        fc.record({
          id: fc.constant(id),
          column: columnArb,
          order: fc.integer({ min: -2, max: 6 }),
        }),
      ),
    ),
  )
/** Cards laid out as the app stores them: orders 0..n-1 in each column. */
const tidyCardsArb: fc.Arbitrary<Placed[]> = cardsArb.map((cards) =>
  RATING_STATES.flatMap((column) =>
    cardsInColumn(cards, column).map((c, order) => ({ ...c, order })),
  ),
)
const moveArb = (arb: fc.Arbitrary<Placed[]>) =>
  arb
    .filter((cards) => cards.length > 0)
    .chain((cards) =>
      fc.tuple(
        fc.constant(cards),
        fc.constantFrom(...cards.map((c) => c.id)),
        columnArb,
        fc.integer({ min: -2, max: 12 }),
      ),
    )

describe('cardsInColumn', () => {
  it('lists one column by order, then by id', () => {
    const cards = [
      card('b', 'current', 1),
      card('x', 'target', 0),
      card('a', 'current', 1),
      card('c', 'current', 0),
    ]
    expect(ids(cards, 'current')).toEqual(['c', 'a', 'b'])
    expect(ids(cards, 'target')).toEqual(['x'])
  })
})

describe('moveCard', () => {
  const board = [
    card('a', 'current', 0),
    card('b', 'current', 1),
    card('c', 'current', 2),
    card('x', 'target', 0),
    card('y', 'target', 1),
  ]

  it('reorders within a column, writing only the cards that shifted', () => {
    expect(moveCard(board, 'a', 'current', 1)).toEqual([
      { id: 'b', column: 'current', order: 0 },
      { id: 'a', column: 'current', order: 1 },
    ])
    expect(moveCard(board, 'c', 'current', 0)).toEqual([
      { id: 'c', column: 'current', order: 0 },
      { id: 'a', column: 'current', order: 1 },
      { id: 'b', column: 'current', order: 2 },
    ])
  })

  it('moves a card to the other column and closes the gap it leaves', () => {
    const moves = moveCard(board, 'b', 'target', 1)
    expect(moves).toEqual([
      { id: 'b', column: 'target', order: 1 },
      { id: 'y', column: 'target', order: 2 },
      { id: 'c', column: 'current', order: 1 },
    ])
    const after = apply(board, moves)
    expect(ids(after, 'current')).toEqual(['a', 'c'])
    expect(ids(after, 'target')).toEqual(['x', 'b', 'y'])
  })

  it('clamps the index to the target column', () => {
    expect(ids(apply(board, moveCard(board, 'a', 'target', 99)), 'target')).toEqual(['x', 'y', 'a'])
    expect(ids(apply(board, moveCard(board, 'c', 'current', -3)), 'current')).toEqual([
      'c',
      'a',
      'b',
    ])
  })

  it('does nothing for an unknown card or a drop where the card already is', () => {
    expect(moveCard(board, 'nope', 'current', 0)).toEqual([])
    expect(moveCard(board, 'b', 'current', 1)).toEqual([])
    expect(moveCard(board, 'c', 'current', 99)).toEqual([])
    expect(moveCard([card('a', 'current', 3), card('b', 'current', 9)], 'b', 'current', 1)).toEqual(
      [],
    )
  })

  it('leaves its input alone', () => {
    const copy = structuredClone(board)
    moveCard(board, 'a', 'target', 0)
    expect(board).toEqual(copy)
  })

  it('puts the card at the requested index, keeps every card, and numbers the columns it touches 0..n-1', () => {
    fc.assert(
      fc.property(moveArb(cardsArb), ([cards, id, toColumn, toIndex]) => {
        const moving = cards.find((c) => c.id === id) as Placed
        const targetRest = ids(
          cards.filter((c) => c.id !== id),
          toColumn,
        )
        const expectedIndex = Math.min(Math.max(toIndex, 0), targetRest.length)
        const noOp =
          moving.column === toColumn && ids(cards, toColumn).indexOf(id) === expectedIndex

        const moves = moveCard(cards, id, toColumn, toIndex)
        expect(new Set(moves.map((m) => m.id)).size).toBe(moves.length)
        if (noOp) {
          expect(moves).toEqual([])
          return
        }

        const after = apply(cards, moves)
        expect(after.map((c) => c.id)).toEqual(cards.map((c) => c.id))
        const target = ids(after, toColumn)
        expect(target[expectedIndex]).toBe(id)
        expect(target.filter((x) => x !== id)).toEqual(targetRest)
        for (const column of new Set([moving.column, toColumn])) {
          expect(cardsInColumn(after, column).map((c) => c.order)).toEqual(
            ids(after, column).map((_, i) => i),
          )
        }
        // The source column keeps its other cards in their order.
        expect(ids(after, moving.column).filter((x) => x !== id)).toEqual(
          ids(cards, moving.column).filter((x) => x !== id),
        )
        // Only cards that actually changed are written.
        for (const m of moves) {
          const before = cards.find((c) => c.id === m.id) as Placed
          expect(before.column !== m.column || before.order !== m.order).toBe(true)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('on a tidy board, is undone by moving the card back', () => {
    fc.assert(
      fc.property(moveArb(tidyCardsArb), ([cards, id, toColumn, toIndex]) => {
        const moving = cards.find((c) => c.id === id) as Placed
        const fromIndex = ids(cards, moving.column).indexOf(id)
        const after = apply(cards, moveCard(cards, id, toColumn, toIndex))
        const back = apply(after, moveCard(after, id, moving.column, fromIndex))
        expect(back).toEqual(cards)
      }),
    )
  })
})

describe('parseTags', () => {
  it('splits on commas, tidies, and drops empty and repeated tags', () => {
    expect(parseTags(' Funding ,  team  topology,, funding,FUNDING , ')).toEqual([
      'Funding',
      'team topology',
    ])
    expect(parseTags('')).toEqual([])
  })

  it('cuts long tags and keeps at most ten', () => {
    expect(parseTags('z'.repeat(50))).toEqual(['z'.repeat(40)])
    const many = Array.from({ length: 15 }, (_, i) => `t${i}`).join(',')
    expect(parseTags(many)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`))
  })

  it('never cuts a character in half', () => {
    expect(parseTags(`${'a'.repeat(39)}😀`)).toEqual(['a'.repeat(39)])
  })

  it('gives at most ten distinct, tidy, non-empty tags of at most 40 characters', () => {
    const textArb = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'A', ',', ' ', 'b'), maxLength: 40 }),
      fc.string({ maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
    )
    fc.assert(
      fc.property(textArb, (text) => {
        const tags = parseTags(text)
        expect(tags.length).toBeLessThanOrEqual(10)
        const keys = tags.map((t) => t.toLocaleLowerCase())
        expect(new Set(keys).size).toBe(keys.length)
        for (const tag of tags) {
          expect(tag.length).toBeGreaterThan(0)
          expect(tag.length).toBeLessThanOrEqual(40)
          expect(tag).toBe(tag.trim())
          expect(tag).not.toMatch(/\s\s|,/)
          expect(tag).not.toMatch(/\p{Cs}/u)
        }
        expect(parseTags(tags.join(','))).toEqual(tags)
      }),
    )
  })
})
