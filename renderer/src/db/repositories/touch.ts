/** Any change to a workshop's parts makes it the most recently edited workshop. */
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
