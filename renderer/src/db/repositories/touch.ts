/**
 * Any change to a workshop's parts makes it the most recently edited workshop; and the orders its
 * records are read in (ordered lists by their order, the rest by id, as the database keys them).
 */
import type { VantageDatabase } from '../database'

export async function touchWorkshop(db: VantageDatabase, workshopId: string, now: number) {
  await db.workshops.update(workshopId, { updatedAt: now })
}

export function byOrder<T extends { order: number; id: string }>(a: T, b: T): number {
  return a.order - b.order || a.id.localeCompare(b.id)
}

export function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), -1) + 1
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
