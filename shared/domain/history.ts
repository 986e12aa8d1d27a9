/**
 * Bounded undo/redo, generic over what an entry is (the caller decides how to apply and revert
 * one). `past` is oldest first and `future` is next-to-redo first, so past followed by future
 * reads as the timeline. The bound keeps a long workshop from growing memory without limit.
 */

export const HISTORY_LIMIT = 200

export interface History<T> {
  past: readonly T[]
  future: readonly T[]
}

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] }
}

/** Adds an entry; clears the redo future; keeps at most `limit` past entries (oldest dropped). */
export function record<T>(h: History<T>, entry: T, limit: number = HISTORY_LIMIT): History<T> {
  const keep = Math.max(0, Math.floor(limit))
  const past = [...h.past, entry]
  return { past: keep === 0 ? [] : past.slice(-keep), future: [] }
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0
}

/** Moves the latest past entry to the future; null when there is nothing to undo. */
export function undo<T>(h: History<T>): { history: History<T>; entry: T } | null {
  if (h.past.length === 0) return null
  const entry = h.past[h.past.length - 1] as T
  return { history: { past: h.past.slice(0, -1), future: [entry, ...h.future] }, entry }
}

/** Moves the next future entry back to the past; null when there is nothing to redo. */
export function redo<T>(h: History<T>): { history: History<T>; entry: T } | null {
  if (h.future.length === 0) return null
  const entry = h.future[0] as T
  return { history: { past: [...h.past, entry], future: h.future.slice(1) }, entry }
}
