/**
 * The projector's display state per workshop, written by the facilitator's window and read live
 * by the presenter window. Outside the undo history on purpose: blanking the screen is not an
 * edit of the workshop.
 */
import { defaultPresenter, type PresenterState } from '@shared/domain'
import type { VantageDatabase } from '../database'
import type { RecordFactory } from '../ids'

export function createPresenterRepository(db: VantageDatabase, records: RecordFactory) {
  return {
    async get(workshopId: string): Promise<PresenterState> {
      return (await db.presenter.get(workshopId)) ?? defaultPresenter(workshopId)
    },

    /** Merges `patch` into the stored state (or the default) in one strict transaction. */
    async update(
      workshopId: string,
      patch: Partial<Omit<PresenterState, 'workshopId' | 'updatedAt'>>,
    ): Promise<PresenterState> {
      return db.transaction('rw', db.presenter, async () => {
        const current = (await db.presenter.get(workshopId)) ?? defaultPresenter(workshopId)
        const next: PresenterState = { ...current, ...patch, workshopId, updatedAt: records.now() }
        await db.presenter.put(next)
        return next
      })
    },
  }
}
