/** Bets of a workshop: the commitments, in priority order. */
import type { Bet } from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'
import { createOrderedItemRepository } from './orderedItemRepository'

export function createBetRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  return createOrderedItemRepository<Bet>(db, db.bets, records)
}

export type BetRepository = ReturnType<typeof createBetRepository>
