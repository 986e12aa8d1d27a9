import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { invertChanges, isEffective, resultOf, change } from '../../../../renderer/src/db'

interface Rec {
  id: string
  a: number
  b: string
  c?: number[]
}

describe('resultOf', () => {
  it('creates, deletes, and sets only the fields the change touched', () => {
    const before: Rec = { id: 'x', a: 1, b: 'one' }
    const after: Rec = { id: 'x', a: 2, b: 'one' }
    expect(resultOf<Rec>(undefined, undefined, after)).toEqual(after)
    expect(resultOf<Rec>(before, before, undefined)).toBeUndefined()
    // Someone changed b since: undoing the change of a must not rewind b.
    const current: Rec = { id: 'x', a: 2, b: 'changed later' }
    expect(resultOf<Rec>(current, after, before)).toEqual({ id: 'x', a: 1, b: 'changed later' })
  })

  it('treats arrays and objects by value', () => {
    const before: Rec = { id: 'x', a: 1, b: 'b', c: [1, 2] }
    const after: Rec = { id: 'x', a: 1, b: 'b', c: [1, 2, 3] }
    expect(resultOf<Rec>({ ...before, a: 9 }, before, after)).toEqual({ ...after, a: 9 })
  })
})

const recArb = fc.record({ id: fc.constant('x'), a: fc.integer(), b: fc.string() })
const maybeRec = fc.option(recArb, { nil: undefined })

describe('invertChanges', () => {
  it('undoes any list of changes to the same records', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(maybeRec, maybeRec), { maxLength: 6 }), (pairs) => {
        const store = new Map<string, Rec>()
        // Build a consistent chain: each change starts from what the previous one left.
        const changes = []
        let state: Rec | undefined = undefined
        for (const [, next] of pairs) {
          if (state === undefined && next === undefined) continue
          changes.push(change('cards', state as never, next as never))
          state = next
        }
        const apply = (list: ReturnType<typeof invertChanges>) => {
          for (const c of list) {
            const result = resultOf<object>(store.get(c.id), c.before, c.after)
            if (result === undefined) store.delete(c.id)
            else store.set(c.id, result as unknown as Rec)
          }
        }
        apply(changes)
        apply(invertChanges(changes))
        expect(store.size).toBe(0)
      }),
    )
  })
})

describe('isEffective', () => {
  it('is false for changes that change nothing', () => {
    const r = { id: 'x', a: 1, b: 'b' }
    expect(isEffective([])).toBe(false)
    expect(isEffective([change('cards', r as never, { ...r } as never)])).toBe(false)
    expect(isEffective([change('cards', r as never, { ...r, a: 2 } as never)])).toBe(true)
  })
})
