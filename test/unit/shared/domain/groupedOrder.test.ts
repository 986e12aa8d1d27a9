/**
 * The arithmetic under moving cards and bets, on items grouped by a field of any name: a move
 * leaves every item once, each group it touches numbered 0..n-1 with the item where it was put,
 * and changes nothing it did not have to.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clampIndex, itemsInGroup, moveInGroups } from '@shared/domain/groupedOrder'

type Shelf = 'top' | 'middle' | 'bottom'
interface Jar {
  id: string
  shelf: Shelf
  order: number
}

const SHELVES: Shelf[] = ['top', 'middle', 'bottom']
const shelfArb = fc.constantFrom(...SHELVES)
/** Tidy shelves, as the app stores them: 0..n-1 on each. */
const jarsArb: fc.Arbitrary<Jar[]> = fc
  .uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 9,
  })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), shelf: shelfArb }))))
  .map((jars) =>
    SHELVES.flatMap((shelf) =>
      jars.filter((j) => j.shelf === shelf).map((j, order) => ({ ...j, order })),
    ),
  )

describe('moveInGroups', () => {
  it('puts the item where asked, renumbers the groups it touched, and keeps every item once', () => {
    fc.assert(
      fc.property(
        jarsArb.chain((jars) =>
          fc.tuple(
            fc.constant(jars),
            fc.constantFrom(...jars.map((j) => j.id)),
            shelfArb,
            fc.integer({ min: -3, max: 12 }),
          ),
        ),
        ([jars, id, shelf, index]) => {
          const changes = moveInGroups(jars, 'shelf', id, shelf, index)
          const after = jars.map((j) => changes.find((c) => c.id === j.id) ?? j)
          expect(after.map((j) => j.id).sort()).toEqual(jars.map((j) => j.id).sort())
          for (const s of SHELVES)
            expect(itemsInGroup(after, 'shelf', s).map((j) => j.order)).toEqual(
              itemsInGroup(after, 'shelf', s).map((_, i) => i),
            )
          const moved = after.find((j) => j.id === id)!
          expect(moved.shelf).toBe(shelf)
          const others = jars.filter((j) => j.shelf === shelf && j.id !== id).length
          expect(moved.order).toBe(clampIndex(index, others))
          // Only what moved is written.
          for (const c of changes) {
            const old = jars.find((j) => j.id === c.id)!
            expect(old.shelf !== c.shelf || old.order !== c.order).toBe(true)
          }
        },
      ),
    )
  })

  it('answers nothing for an unknown item or a move to where it is', () => {
    const jars: Jar[] = [
      { id: 'a', shelf: 'top', order: 0 },
      { id: 'b', shelf: 'top', order: 1 },
    ]
    expect(moveInGroups(jars, 'shelf', 'zz', 'middle', 0)).toEqual([])
    expect(moveInGroups(jars, 'shelf', 'b', 'top', 1)).toEqual([])
    expect(moveInGroups(jars, 'shelf', 'b', 'top', 0)).toEqual([
      { id: 'b', shelf: 'top', order: 0 },
      { id: 'a', shelf: 'top', order: 1 },
    ])
  })
})
