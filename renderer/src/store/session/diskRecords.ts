/**
 * What the disk holds of the open workshop's parts, kept in step with every write this window
 * lands, so an edit is written without reading its record back first. Only this window's session
 * writes those records (the home screen and the library write the workshop record itself, which
 * is therefore never known here and always read in the write's transaction).
 */
import type { KnownRecord } from '../../db/repositories/changeRepository'
import type { RecordChange } from '../../db'
import { applyChanges, type SessionData } from './sessionData'

export function createDiskRecords() {
  let known: { workshopId: string; data: SessionData } | null = null

  return {
    /** The workshop as it was just read from the disk, or as a whole write will leave it. */
    know(workshopId: string, data: SessionData) {
      known = { workshopId, data }
    },

    forget() {
      known = null
    },

    /** A write of the workshop's changes is on disk. */
    landed(workshopId: string, changes: readonly RecordChange[]) {
      if (known?.workshopId === workshopId) known.data = applyChanges(known.data, changes)
    },

    /**
     * The workshop's parts as the disk holds them with `pending` (writes not yet landed) applied:
     * what the screen must show once a write is dropped. Null when the workshop is not known.
     */
    withPending(workshopId: string, pending: readonly RecordChange[]): SessionData | null {
      return known?.workshopId === workshopId ? applyChanges(known.data, pending) : null
    },

    /** The lookup a write of `workshopId` uses: records of another workshop are not known. */
    lookupFor(workshopId: string): KnownRecord {
      return (table, id) => {
        if (known?.workshopId !== workshopId || table === 'workshops') return null
        const list = known.data[table] as readonly { id: string }[]
        return { record: list.find((r) => r.id === id) }
      }
    },
  }
}

export type DiskRecords = ReturnType<typeof createDiskRecords>
