/** Cards of a workshop: observations in the current-state and target-state columns. */
import type { Card } from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'
import { createOrderedItemRepository } from './orderedItemRepository'

export function createCardRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  return createOrderedItemRepository<Card>(db, db.cards, records)
}

export type CardRepository = ReturnType<typeof createCardRepository>
