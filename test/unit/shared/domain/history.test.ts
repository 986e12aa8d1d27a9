import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  HISTORY_LIMIT,
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
} from '@shared/domain'

type Op = { kind: 'record'; entry: number } | { kind: 'undo' } | { kind: 'redo' }
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.integer().map((entry): Op => ({ kind: 'record', entry })),
  fc.constant<Op>({ kind: 'undo' }),
  fc.constant<Op>({ kind: 'redo' }),
)

function run(ops: readonly Op[], limit: number): History<number> {
  let h = emptyHistory<number>()
  for (const op of ops) {
    if (op.kind === 'record') h = record(h, op.entry, limit)
    else h = (op.kind === 'undo' ? undo(h) : redo(h))?.history ?? h
  }
  return h
}
const historyArb = fc
  .tuple(fc.array(opArb, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }))
  .map(([ops, limit]) => run(ops, limit))

describe('history', () => {
  it('starts empty', () => {
    const h = emptyHistory<string>()
    expect(h).toEqual({ past: [], future: [] })
    expect(canUndo(h)).toBe(false)
    expect(canRedo(h)).toBe(false)
    expect(undo(h)).toBeNull()
    expect(redo(h)).toBeNull()
  })

  it('undoes the latest entry first and redoes in the same order', () => {
    const h = record(record(record(emptyHistory<string>(), 'a'), 'b'), 'c')
    const u1 = undo(h)
    expect(u1?.entry).toBe('c')
    const u2 = undo(u1!.history)
    expect(u2?.entry).toBe('b')
    expect(u2?.history).toEqual({ past: ['a'], future: ['b', 'c'] })
    expect(canRedo(u2!.history)).toBe(true)
    const r1 = redo(u2!.history)
    expect(r1?.entry).toBe('b')
    expect(r1?.history).toEqual({ past: ['a', 'b'], future: ['c'] })
  })

  it('drops the redo future when something new is recorded', () => {
    const h = undo(record(record(emptyHistory<string>(), 'a'), 'b'))!.history
    expect(record(h, 'c')).toEqual({ past: ['a', 'c'], future: [] })
  })

  it('keeps at most HISTORY_LIMIT entries by default, dropping the oldest', () => {
    let h = emptyHistory<number>()
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, i)
    expect(h.past).toHaveLength(HISTORY_LIMIT)
    expect(h.past[0]).toBe(5)
    expect(h.past[HISTORY_LIMIT - 1]).toBe(HISTORY_LIMIT + 4)
  })

  it('does not change the history it is given', () => {
    const h = record(record(emptyHistory<string>(), 'a'), 'b')
    const copy = structuredClone(h)
    undo(h)
    record(h, 'c')
    redo(undo(h)!.history)
    expect(h).toEqual(copy)
  })

  it('restores the same history on undo then redo, and on redo then undo', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const u = undo(h)
        expect(u === null).toBe(!canUndo(h))
        if (u) {
          expect(u.entry).toBe(h.past[h.past.length - 1])
          const r = redo(u.history)
          expect(r?.entry).toBe(u.entry)
          expect(r?.history).toEqual(h)
        }
        const r = redo(h)
        expect(r === null).toBe(!canRedo(h))
        if (r) expect(undo(r.history)?.history).toEqual(h)
      }),
    )
  })

  it('keeps the timeline: undo and redo only move the boundary between past and future', () => {
    fc.assert(
      fc.property(historyArb, fc.array(fc.boolean(), { maxLength: 20 }), (h, moves) => {
        const timeline = [...h.past, ...h.future]
        let at = h
        for (const back of moves) {
          at = (back ? undo(at) : redo(at))?.history ?? at
          expect([...at.past, ...at.future]).toEqual(timeline)
        }
      }),
    )
  })

  it('never keeps more than the limit, and always clears the future on record', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer(),
        (ops, limit, entry) => {
          const h = run(ops, limit)
          expect(h.past.length).toBeLessThanOrEqual(limit)
          const after = record(h, entry, limit)
          expect(after.future).toEqual([])
          expect(after.past[after.past.length - 1]).toBe(entry)
          expect(after.past).toEqual([...h.past, entry].slice(-limit))
        },
      ),
    )
  })
})
