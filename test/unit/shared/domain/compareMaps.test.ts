/** lensMaps: every card of an agenda lens lands in its column's tag groups or the untagged list. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cardsInColumn,
  lensMaps,
  RATING_STATES,
  type Card,
  type LensMap,
  type WorkshopSnapshot,
} from '@shared/domain'
import { workshopSnapshotArb } from '../schema/snapshotArbitrary'
import { sampleSnapshot } from '../schema/sampleSnapshot'
import { makeTemplate } from './fixtures'

/** A few spellings of the same themes, blanks among them, so groups and collisions are common. */
const TAG_POOL = ['Hiring', ' hiring ', 'HIRING', 'Budget', 'budget', 'Ä', 'ä', '', '   ', 'x']

/** Cards dense in tags and ties, some on lenses off the agenda or outside the template. */
function withDenseCards(snapshot: WorkshopSnapshot): fc.Arbitrary<WorkshopSnapshot> {
  const lensIds = [...snapshot.workshop.template.lenses.map((l) => l.id), 'not-in-template']
  return fc
    .uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        lensId: fc.constantFrom(...lensIds),
        column: fc.constantFrom(...RATING_STATES),
        text: fc.string({ maxLength: 8 }),
        tags: fc.array(fc.constantFrom(...TAG_POOL), { maxLength: 3 }),
        order: fc.integer({ min: 0, max: 3 }),
      }),
      { selector: (c) => c.id, maxLength: 14 },
    )
    .map((cards) => ({
      ...snapshot,
      cards: cards.map((c): Card => ({
        ...c,
        workshopId: snapshot.workshop.id,
        createdAt: 1,
        updatedAt: 1,
      })),
    }))
}

const snapshotArb = fc.oneof(workshopSnapshotArb, workshopSnapshotArb.chain(withDenseCards))

const keyOf = (tag: string) => tag.trim().toLowerCase()

function agendaIds(snapshot: WorkshopSnapshot): string[] {
  const known = new Set(snapshot.workshop.template.lenses.map((l) => l.id))
  return [...new Set(snapshot.workshop.agenda.map((a) => a.lensId).filter((id) => known.has(id)))]
}

function hasTag(card: Pick<Card, 'tags'>): boolean {
  return card.tags.some((tag) => keyOf(tag) !== '')
}

/** Whether `ids` appear in `order` in the same relative order. */
function isSubsequence(ids: readonly string[], order: readonly string[]): boolean {
  let at = 0
  for (const id of order) if (at < ids.length && ids[at] === id) at++
  return at === ids.length
}

describe('lensMaps', () => {
  it('lists the agenda lenses in agenda order, once each', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        expect(lensMaps(snapshot).map((m) => m.lensId)).toEqual(agendaIds(snapshot))
      }),
    )
  })

  it('puts every card of a column in a group per tag, or in untagged when it has none', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        for (const map of lensMaps(snapshot)) {
          for (const state of RATING_STATES) {
            const expected = cardsInColumn(
              snapshot.cards.filter((c) => c.lensId === map.lensId),
              state,
            )
            const order = expected.map((c) => c.id)
            const column = map.columns[state]
            const shown = new Set(
              [...column.groups.flatMap((g) => g.cards), ...column.untagged].map((c) => c.id),
            )
            expect(shown).toEqual(new Set(order))
            expect(column.count).toBe(expected.length)
            expect(column.untagged.map((c) => c.id)).toEqual(
              expected.filter((c) => !hasTag(c)).map((c) => c.id),
            )
            for (const group of column.groups) {
              const key = keyOf(group.tag)
              expect(group.tag).toBe(group.tag.trim())
              expect(key).not.toBe('')
              const ids = group.cards.map((c) => c.id)
              expect(ids).toEqual(
                expected.filter((c) => c.tags.some((t) => keyOf(t) === key)).map((c) => c.id),
              )
              expect(isSubsequence(ids, order)).toBe(true)
            }
            const keys = column.groups.map((g) => keyOf(g.tag))
            expect(new Set(keys).size).toBe(keys.length)
          }
        }
      }),
    )
  })

  it('orders groups by size, then by tag', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        for (const map of lensMaps(snapshot)) {
          for (const state of RATING_STATES) {
            const groups = map.columns[state].groups
            for (let i = 1; i < groups.length; i++) {
              const [a, b] = [groups[i - 1]!, groups[i]!]
              const bigger = a.cards.length > b.cards.length
              const tie = a.cards.length === b.cards.length && a.tag < b.tag
              expect(bigger || tie).toBe(true)
            }
          }
        }
      }),
    )
  })

  it('never shows a card of a lens that is not on the agenda', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const lensOf = new Map(snapshot.cards.map((c) => [c.id, c.lensId]))
        for (const map of lensMaps(snapshot)) {
          for (const state of RATING_STATES) {
            const { groups, untagged } = map.columns[state]
            for (const card of [...groups.flatMap((g) => g.cards), ...untagged]) {
              expect(lensOf.get(card.id)).toBe(map.lensId)
            }
          }
        }
      }),
    )
  })

  it('does not depend on the order of the card list', () => {
    fc.assert(
      fc.property(
        snapshotArb.chain((snapshot) =>
          fc.tuple(
            fc.constant(snapshot),
            fc.shuffledSubarray(snapshot.cards, {
              minLength: snapshot.cards.length,
            }),
          ),
        ),
        ([snapshot, shuffled]) => {
          expect(lensMaps({ ...snapshot, cards: shuffled })).toEqual(lensMaps(snapshot))
        },
      ),
    )
  })

  it('groups spellings of one tag under the first spelling in column order', () => {
    const base = sampleSnapshot()
    const card = (id: string, order: number, tags: string[], column: Card['column'] = 'current') =>
      ({
        id,
        workshopId: base.workshop.id,
        lensId: 'strategy',
        column,
        text: `Card ${id}`,
        tags,
        order,
        createdAt: 1,
        updatedAt: 1,
      }) satisfies Card
    const snapshot: WorkshopSnapshot = {
      ...base,
      workshop: {
        ...base.workshop,
        template: makeTemplate(['strategy', 'people']),
        agenda: [{ lensId: 'strategy', minutes: 30 }],
      },
      cards: [
        card('c3', 2, ['HIRING', 'budget']),
        card('c1', 0, [' Hiring ', 'hiring']),
        card('c2', 1, ['  ']),
        card('c4', 3, ['Budget', 'Zeal']),
        card('t1', 0, [], 'target'),
        { ...card('p1', 0, ['Hiring']), lensId: 'people' },
      ],
    }
    const [map] = lensMaps(snapshot) as [LensMap]
    const ids = (cards: readonly { id: string }[]) => cards.map((c) => c.id)
    expect(map.title).toBe('Lens strategy')
    expect(map.columns.current.count).toBe(4)
    expect(map.columns.current.groups.map((g) => [g.tag, ids(g.cards)])).toEqual([
      ['Hiring', ['c1', 'c3']],
      ['budget', ['c3', 'c4']],
      ['Zeal', ['c4']],
    ])
    expect(ids(map.columns.current.untagged)).toEqual(['c2'])
    expect(map.columns.target).toEqual({
      count: 1,
      groups: [],
      untagged: [{ id: 't1', text: 'Card t1', tags: [] }],
    })
  })
})
