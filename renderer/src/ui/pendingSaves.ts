/**
 * Every text field's autosave waiting on its timer, so that a quit can write them all at once.
 * Each useAutosave registers its flush while it is mounted; flushing one with nothing pending
 * does nothing.
 */
const flushes = new Set<() => void>()

/** Registers a flush; the returned function takes it back. */
export function registerPendingSave(flush: () => void): () => void {
  flushes.add(flush)
  return () => {
    flushes.delete(flush)
  }
}

/** Starts every pending save now; their writes are then tracked by the save status. */
export function flushPendingSaves(): void {
  for (const flush of [...flushes]) flush()
}
