/**
 * A workshop read live: every record and the projector's display state, read again whenever any
 * of them changes in this window or another window of the same origin (Dexie's liveQuery
 * follows IndexedDB across windows). The presenter window follows the facilitator this way,
 * with no messages between the windows.
 */
import { liveQuery, type Subscription } from 'dexie'
import { defaultPresenter, type PresenterState, type WorkshopSnapshot } from '@shared/domain'
import type { VantageDatabase } from './database'
import { readWorkshopSnapshot } from './repositories/workshopRepository'

export interface LiveWorkshop {
  snapshot: WorkshopSnapshot
  presenter: PresenterState
}

/** Calls `onChange` with the workshop now and after every change; null when it does not exist. */
export function watchWorkshop(
  db: VantageDatabase,
  workshopId: string,
  onChange: (live: LiveWorkshop | null) => void,
  onError: (error: unknown) => void,
): Subscription {
  return liveQuery(async (): Promise<LiveWorkshop | null> => {
    const workshop = await db.workshops.get(workshopId)
    if (!workshop || workshop.deletedAt !== null) return null
    const [snapshot, presenter] = await Promise.all([
      readWorkshopSnapshot(db, workshopId),
      db.presenter.get(workshopId),
    ])
    return { snapshot, presenter: presenter ?? defaultPresenter(workshopId) }
  }).subscribe({ next: onChange, error: onError })
}
