/**
 * Writes a list of record changes in one strict transaction: all of them land, or none. Scores
 * are checked here too, so no path can store an impossible one.
 */
import { isMaturityLevel, isRatingValue } from '@shared/domain'
import type { VantageDatabase } from '../database'
import { resultOf, type RecordChange, type SessionRecords, type SessionTable } from '../changes'
import { InvalidScoreError } from './ratingRepository'
import type { Table } from 'dexie'

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
    /** Applies the `after` side of each change, in order; `touch` marks the workshop edited. */
    async apply(
      workshopId: string,
      changes: readonly RecordChange[],
      touch: number | null,
    ): Promise<void> {
      changes.forEach(assertValid)
      const tables = [...new Set(changes.map((c) => c.table)), 'workshops' as const].map(tableOf)
      await db.transaction('rw', tables, async () => {
        for (const c of changes) {
          const table = tableOf(c.table)
          const next = resultOf<object>(await table.get(c.id), c.before, c.after)
          if (next === undefined) await table.delete(c.id)
          else await table.put(next as never)
        }
        if (touch !== null) await db.workshops.update(workshopId, { updatedAt: touch })
      })
    },
  }
}

export type ChangeRepository = ReturnType<typeof createChangeRepository>
