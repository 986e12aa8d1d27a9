import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../renderer/src/db'
import { watchWorkshop, type LiveWorkshop } from '../../../../renderer/src/db/liveWorkshop'
import { createAppServices, type AppServices } from '../../../../renderer/src/store/appServices'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../helpers'

let db: VantageDatabase
let services: AppServices
let workshop: Workshop

beforeEach(async () => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  workshop = await services.repositories.workshops.create(details(), testTemplate())
})

afterEach(async () => {
  await dropDatabase(db)
})

/** Collects what a watcher sees until `count` updates have arrived. */
function watch(count: number) {
  const seen: (LiveWorkshop | null)[] = []
  let settle: () => void = () => {}
  const done = new Promise<void>((resolve) => (settle = resolve))
  const subscription = watchWorkshop(
    db,
    workshop.id,
    (live) => {
      seen.push(live)
      if (seen.length >= count) settle()
    },
    (error) => {
      throw error
    },
  )
  return { seen, done, stop: () => subscription.unsubscribe() }
}

describe('watchWorkshop and the presenter state', () => {
  it('starts with the default display state and follows edits and display changes', async () => {
    const watcher = watch(1)
    await watcher.done
    expect(watcher.seen[0]?.presenter).toMatchObject({ blank: false, mode: 'follow' })

    await services.workshop.actions.open(workshop.id)
    await services.edits.addParticipant('Amara Okafor')
    await services.repositories.presenter.update(workshop.id, { blank: true })
    await expect
      .poll(() => watcher.seen.at(-1))
      .toMatchObject({
        snapshot: { participants: [{ name: 'Amara Okafor' }] },
        presenter: { blank: true, mode: 'follow' },
      })
    watcher.stop()
  })

  it('keeps display state out of the undo history', async () => {
    await services.workshop.actions.open(workshop.id)
    await services.repositories.presenter.update(workshop.id, { mode: 'timer' })
    expect(services.workshop.store.getState().history.past).toHaveLength(0)
    expect(await services.repositories.presenter.get(workshop.id)).toMatchObject({ mode: 'timer' })
  })

  it('answers null for a workshop that is gone', async () => {
    await services.repositories.workshops.softDelete(workshop.id)
    const watcher = watch(1)
    await watcher.done
    expect(watcher.seen[0]).toBeNull()
    watcher.stop()
  })
})
