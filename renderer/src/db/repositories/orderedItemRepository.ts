/**
 * The shared mechanics of a workshop's ordered items (cards, bets): list in order, add at the
 * end, edit, remove and put back. Each write also marks the workshop as edited.
 */
import type { Table } from 'dexie'
import type { VantageDatabase } from '../database'
import type { RecordFactory } from '../ids'
import { byOrder, nextOrder, touchWorkshop } from './touch'

export interface OrderedItem {
  id: string
  workshopId: string
  order: number
  createdAt: number
  updatedAt: number
}

type Generated = 'id' | 'order' | 'createdAt' | 'updatedAt'

export function createOrderedItemRepository<T extends OrderedItem>(
  db: VantageDatabase,
  table: Table<T, string>,
  records: RecordFactory,
) {
  const tables = [table, db.workshops]

  return {
    async listForWorkshop(workshopId: string): Promise<T[]> {
      return (await table.where('workshopId').equals(workshopId).toArray()).sort(byOrder)
    },

    async add(item: Omit<T, Generated>): Promise<T> {
      return db.transaction('rw', tables, async () => {
        const siblings = await table.where('workshopId').equals(item.workshopId).toArray()
        const now = records.now()
        const created = {
          ...item,
          id: records.newId(),
          order: nextOrder(siblings),
          createdAt: now,
          updatedAt: now,
        } as T
        await table.add(created)
        await touchWorkshop(db, item.workshopId, now)
        return created
      })
    },

    async update(id: string, patch: Partial<Omit<T, 'id' | 'workshopId'>>): Promise<T | undefined> {
      return db.transaction('rw', tables, async () => {
        const existing = await table.get(id)
        if (!existing) return undefined
        const updated = { ...existing, ...patch, updatedAt: records.now() }
        await table.put(updated)
        await touchWorkshop(db, existing.workshopId, updated.updatedAt)
        return updated
      })
    },

    async remove(id: string): Promise<T | undefined> {
      return db.transaction('rw', tables, async () => {
        const existing = await table.get(id)
        if (!existing) return undefined
        await table.delete(id)
        await touchWorkshop(db, existing.workshopId, records.now())
        return existing
      })
    },

    async restore(item: T): Promise<void> {
      await db.transaction('rw', tables, async () => {
        await table.put(item)
        await touchWorkshop(db, item.workshopId, records.now())
      })
    },
  }
}
