/**
 * Writes a list of record changes in one strict transaction: all of them land, or none. Scores
 * are checked here too, so no path can store an impossible one.
 */
import { isMaturityLevel, isRatingValue } from '@shared/domain'
import type { VantageDatabase } from '../database'
import { resultOf, type RecordChange, type SessionRecords, type SessionTable } from '../changes'
import { InvalidScoreError } from './ratingRepository'
import type { Table } from 'dexie'

/**
 * A record as the disk holds it, when the writer knows it for certain (`record` undefined: not
 * there); null when it does not know, and the record is read in the transaction instead.
 */
export type KnownRecord = (table: SessionTable, id: string) => { record: object | undefined } | null

const unknown: KnownRecord = () => null

function assertValid(change: RecordChange): void {
  if (change.table === 'ratings' && change.after && !isRatingValue(change.after.value))
    throw new InvalidScoreError(change.after.value)
  if (
    change.table === 'consensus' &&
    change.after &&
    change.after.value !== null &&
    !isMaturityLevel(change.after.value)
  )
    throw new InvalidScoreError(change.after.value)
}

export function createChangeRepository(db: VantageDatabase) {
  const tableOf = <K extends SessionTable>(name: K) =>
    db.table(name) as unknown as Table<SessionRecords[K], string>

  return {
    /**
     * Applies the `after` side of each change, in order; `touch` marks the workshop edited.
     * A record the writer knows is written without reading it first: every request goes out at
     * once, so the transaction commits without waiting for the page between a read and a write.
     */
    async apply(
      workshopId: string,
      changes: readonly RecordChange[],
      touch: number | null,
      known: KnownRecord = unknown,
    ): Promise<void> {
      changes.forEach(assertValid)
      const names = new Set<SessionTable>(changes.map((c) => c.table))
      if (touch !== null) names.add('workshops')
      await db.transaction('rw', [...names].map(tableOf), async (tx) => {
        // Requests of one transaction run in the order they are made, so the writes stay in order
        // even though none waits for the one before (only a read does).
        const writes: Promise<unknown>[] = []
        let read = false
        for (const c of changes) {
          const table = tableOf(c.table)
          const onDisk = known(c.table, c.id)
          read ||= !onDisk
          const current = onDisk ? onDisk.record : await table.get(c.id)
          const next = resultOf<object>(current, c.before, c.after)
          writes.push(next === undefined ? table.delete(c.id) : table.put(next as never))
        }
        if (touch !== null) writes.push(db.workshops.update(workshopId, { updatedAt: touch }))
        // Every request is made: the disk may commit now, without first handing each answer to a
        // page that is busy drawing the edit. (An update reads first, so it needs its answer.)
        else if (!read) tx.idbtrans.commit()
        await Promise.all(writes)
      })
    },
  }
}

export type ChangeRepository = ReturnType<typeof createChangeRepository>
