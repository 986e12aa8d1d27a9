/**
 * Tells a write the disk refused (full, read-only, the database closed under us) from a write
 * that was wrong. A refused write is kept and tried again; a wrong one would fail the same way
 * every time. Dexie wraps the browser's error (an AbortError around a QuotaExceededError, an
 * OpenFailedError around an UnknownError), so the whole chain is read.
 */
export type StorageRefusal = 'full' | 'unavailable'

const FULL = new Set(['QuotaExceededError'])

/** Errors that say nothing is wrong with the write itself: the storage could not take it. */
const UNAVAILABLE = new Set([
  'AbortError',
  'UnknownError',
  'DatabaseClosedError',
  'OpenFailedError',
  'InvalidStateError',
  'TimeoutError',
  'NotReadableError',
])

function namesOf(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  // A short chain in practice; the bound keeps a cyclic `inner` from looping.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown }
    if (typeof name === 'string') names.push(name)
    current = inner ?? cause
  }
  return names
}

export function storageRefusalOf(error: unknown): StorageRefusal | null {
  const names = namesOf(error)
  if (names.some((n) => FULL.has(n))) return 'full'
  if (names.some((n) => UNAVAILABLE.has(n))) return 'unavailable'
  return null
}
