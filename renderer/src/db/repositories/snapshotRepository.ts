/**
 * Whole workshops in and out of the database, for session files: read every record of one
 * workshop in one transaction, and import a snapshot in one transaction over every workshop
 * table, so an import lands completely or leaves the database exactly as it was.
 */
import { compareMapElements, reidentifySnapshot, type WorkshopSnapshot } from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'
import { byId, byOrder } from './touch'
import { addWorkshopSnapshot, readWorkshopSnapshot } from './workshopRepository'

/**
 * 'new': the workshop must not exist yet. 'replace': the file wins; every record of the workshop
 * in the database is deleted first. 'keepBoth': the file is added as a copy under new ids.
 */
export type ImportMode = 'new' | 'replace' | 'keepBoth'

export class WorkshopExistsError extends Error {
  constructor(readonly workshopId: string) {
    super(`A workshop with id ${workshopId} already exists`)
    this.name = 'WorkshopExistsError'
  }
}

/** A record of the file has the id of a record of another workshop: nothing was written. */
export class ImportConflictError extends Error {
  constructor(cause: unknown) {
    super('A record in the session file has the id of a record already in the database', {
      cause,
    })
    this.name = 'ImportConflictError'
  }
}

/** Lists in the order people read them, so a saved file is stable and easy to read. */
export function inReadingOrder(snapshot: WorkshopSnapshot): WorkshopSnapshot {
  return {
    workshop: snapshot.workshop,
    participants: [...snapshot.participants].sort(byOrder),
    ratings: [...snapshot.ratings].sort(byId),
    consensus: [...snapshot.consensus].sort(byId),
    cards: [...snapshot.cards].sort(byOrder),
    gapNotes: [...snapshot.gapNotes].sort(byId),
    bets: [...snapshot.bets].sort(byOrder),
    votes: [...snapshot.votes].sort(byId),
    mapElements: [...snapshot.mapElements].sort(compareMapElements),
  }
}

async function deleteWorkshopRecords(db: VantageDatabase, workshopId: string): Promise<void> {
  for (const table of db.workshopTables) {
    if (table === db.workshops) await table.delete(workshopId)
    else await table.where('workshopId').equals(workshopId).delete()
  }
}

export function createSnapshotRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  function prepare(snapshot: WorkshopSnapshot, mode: ImportMode, keepBothTitle?: string) {
    if (mode !== 'keepBoth')
      // An opened file is meant to be seen: it never arrives deleted.
      return { ...snapshot, workshop: { ...snapshot.workshop, deletedAt: null } }
    if (keepBothTitle === undefined) throw new TypeError('keepBoth needs the title of the copy')
    return reidentifySnapshot(snapshot, records.newId, records.now(), keepBothTitle)
  }

  async function writeImport(toWrite: WorkshopSnapshot, mode: ImportMode): Promise<void> {
    try {
      await db.transaction('rw', db.workshopTables, async () => {
        if (mode === 'replace') await deleteWorkshopRecords(db, toWrite.workshop.id)
        else if (mode === 'new' && (await db.workshops.get(toWrite.workshop.id)))
          throw new WorkshopExistsError(toWrite.workshop.id)
        await addWorkshopSnapshot(db, toWrite)
      })
    } catch (error) {
      // Dexie reports a taken key as a ConstraintError, or a BulkError around several.
      const name = error instanceof Error ? error.name : ''
      if (name === 'ConstraintError' || name === 'BulkError') throw new ImportConflictError(error)
      throw error
    }
  }

  return {
    /** Every record of one workshop, read in one transaction; WorkshopNotFoundError if none. */
    async readSnapshot(workshopId: string): Promise<WorkshopSnapshot> {
      const snapshot = await db.transaction('r', db.workshopTables, () =>
        readWorkshopSnapshot(db, workshopId),
      )
      return inReadingOrder(snapshot)
    },

    /**
     * Writes a validated snapshot (see parseSessionFile) in one transaction and returns it as
     * stored (new ids for 'keepBoth', never deleted), so it can be shown without reading it back. `keepBothTitle` is the title of the copy ('keepBoth' only), worded and
     * translated by the caller as for a duplicate. Throws WorkshopExistsError ('new' on a taken
     * id) or ImportConflictError (a record id taken by another workshop); either way, and on any
     * other failure, nothing is written.
     */
    async importSnapshot(
      snapshot: WorkshopSnapshot,
      mode: ImportMode,
      keepBothTitle?: string,
    ): Promise<WorkshopSnapshot> {
      const toWrite = prepare(snapshot, mode, keepBothTitle)
      await writeImport(toWrite, mode)
      return toWrite
    },

    /** The snapshot an import will write (new ids for 'keepBoth', never deleted); writes nothing. */
    prepareImport: prepare,

    /** importSnapshot's transaction alone, for a snapshot from prepareImport. */
    writeImport,
  }
}

export type SnapshotRepository = ReturnType<typeof createSnapshotRepository>
