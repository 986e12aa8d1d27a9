import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ratingId, type Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { createAppServices, type AppServices } from '../../../../../renderer/src/store/appServices'
import { saveStateOf } from '../../../../../renderer/src/store/saveStatusStore'
import { TOUCH_EVERY_MS } from '../../../../../renderer/src/store/session/sessionStore'
import {
  dropDatabase,
  QUICK_RETRY,
  refuseWrites,
  servicesWithWorkshop,
  testRecords,
  testTemplate,
} from '../../helpers'
import { sessionData } from '../../features/compare/compareFixture'

let db: VantageDatabase
let services: AppServices
let workshop: Workshop

beforeEach(async () => {
  ;({ db, services, workshop } = await servicesWithWorkshop())
  await services.workshop.actions.open(workshop.id)
})

afterEach(async () => {
  await dropDatabase(db)
})

const state = () => services.workshop.store.getState()
const edits = () => services.edits

async function addPeople(...names: string[]) {
  for (const name of names) expect((await edits().addParticipant(name)).ok).toBe(true)
  return state().data!.participants
}

describe('opening a workshop', () => {
  it('loads it whole, and says so when it is missing or deleted', async () => {
    expect(state().status).toBe('ready')
    expect(state().data?.workshop.title).toBe('Leadership offsite')
    await services.workshop.actions.open('nope')
    expect(state().status).toBe('missing')
    await services.repositories.workshops.softDelete(workshop.id)
    await services.workshop.actions.open(workshop.id)
    expect(state().status).toBe('missing')
  })

  it('reads the workshop once when it is asked for again while it is on its way', async () => {
    services.workshop.actions.close()
    const transaction = vi.spyOn(db, 'transaction')
    await Promise.all([
      services.workshop.actions.open(workshop.id),
      services.workshop.actions.open(workshop.id),
    ])
    expect(transaction).toHaveBeenCalledTimes(1)
    expect(state().status).toBe('ready')
    transaction.mockRestore()
  })
})

describe('edits', () => {
  it('are on disk when the edit resolves, and in the store at once', async () => {
    const [amara] = await addPeople('Amara Okafor')
    const pending = edits().rate(amara!.id, 'strategy', 'current', 3)
    expect(state().data?.ratings).toHaveLength(1)
    await pending
    const stored = await db.ratings.get(ratingId(amara!.id, 'strategy', 'current'))
    expect(stored?.value).toBe(3)
  })

  it('refuse impossible scores and write nothing', async () => {
    const [amara] = await addPeople('Amara Okafor')
    for (const value of [0, 6, 2.5, '3', null] as never[]) {
      expect(await edits().rate(amara!.id, 'strategy', 'current', value)).toEqual({
        ok: false,
        problem: 'invalidScore',
      })
      const impossible = (value === null ? 9 : value) as never
      expect(await edits().setConsensus('strategy', 'current', impossible)).toEqual({
        ok: false,
        problem: 'invalidScore',
      })
    }
    expect(await db.ratings.count()).toBe(0)
    expect(await db.consensus.count()).toBe(0)
  })

  it('mark the workshop edited for the home screen, at most a minute behind', async () => {
    const [amara] = await addPeople('Amara Okafor')
    const records = testRecords()
    const timed = createAppServices(db, { records, template: testTemplate(), retry: QUICK_RETRY })
    await timed.workshop.actions.open(workshop.id)
    const edited = async () => (await db.workshops.get(workshop.id))!.updatedAt
    await timed.edits.rate(amara!.id, 'strategy', 'current', 3)
    const first = await edited()
    expect(first).toBe(records.now())
    records.advance(20_000)
    await timed.edits.rate(amara!.id, 'strategy', 'current', 4)
    expect(await edited()).toBe(first)
    records.advance(TOUCH_EVERY_MS)
    await timed.edits.rate(amara!.id, 'strategy', 'current', 5)
    expect(await edited()).toBe(records.now())
    expect((await db.ratings.get(ratingId(amara!.id, 'strategy', 'current')))?.value).toBe(5)
  })

  it('roll the screen back and report when a write is wrong in itself', async () => {
    const [amara] = await addPeople('Amara Okafor')
    vi.spyOn(services.repositories.changes, 'apply').mockRejectedValueOnce(new Error('not ours'))
    const outcome = await edits().rate(amara!.id, 'strategy', 'current', 4)
    expect(outcome).toEqual({ ok: false, problem: 'writeFailed' })
    expect(state().data?.ratings).toEqual([])
    expect(state().failure).toBe('Something unexpected went wrong (not ours).')
    expect(saveStateOf(services.saveStatus.store.getState())).toBe('failed')
  })

  it('do not bring back an edit that never landed when its undo is dropped too', async () => {
    const apply = vi.spyOn(services.repositories.changes, 'apply')
    apply.mockRejectedValueOnce(new Error('not ours')).mockRejectedValueOnce(new Error('not ours'))
    // The undo is pressed while the edit is still being written; neither reaches the disk.
    const [added, undone] = await Promise.all([
      edits().addParticipant('Amara Okafor'),
      edits().undo(),
    ])
    expect(added.ok).toBe(false)
    expect(undone).toBe(false)
    expect(state().data?.participants).toEqual([])
    expect(await db.participants.count()).toBe(0)
  })
})

describe('a workshop shown before it is stored', () => {
  function arriving() {
    const snapshot = fileSnapshot()
    let land!: () => void
    let fail!: (error: Error) => void
    const write = vi.fn(async () => {
      await new Promise<void>((resolve, reject) => {
        land = resolve
        fail = reject
      })
      await services.repositories.snapshots.writeImport(snapshot, 'new')
    })
    const landed = services.workshop.actions.arrive(snapshot, write)
    return { snapshot, landed, land: () => land(), fail: (e: Error) => fail(e) }
  }

  function fileSnapshot() {
    return services.repositories.snapshots.prepareImport(
      sessionData({
        workshop: { ...workshop, id: 'arriving', title: 'From a file' },
        participants: [{ id: 'p1', workshopId: 'arriving', name: 'Ana', role: '', order: 0 }],
      }),
      'new',
    )
  }

  it('is on screen at once, says saving, and writes what is edited meanwhile after it', async () => {
    const { landed, land } = arriving()
    expect(state().status).toBe('ready')
    expect(state().data?.workshop.title).toBe('From a file')
    expect(saveStateOf(services.saveStatus.store.getState())).toBe('saving')
    const rated = edits().rate('p1', 'strategy', 'current', 4)
    land()
    await landed
    expect(await rated).toEqual({ ok: true })
    expect((await db.ratings.toArray()).map((r) => [r.workshopId, r.value])).toEqual([
      ['arriving', 4],
    ])
    expect(saveStateOf(services.saveStatus.store.getState())).toBe('saved')
  })

  it('goes, with what was edited meanwhile, when it cannot be stored', async () => {
    const { landed, fail } = arriving()
    const rated = edits().rate('p1', 'strategy', 'current', 4)
    fail(new Error('A record in the session file has the id of a record already here'))
    await expect(landed).rejects.toThrow('already here')
    expect(await rated).toEqual({ ok: false, problem: 'writeFailed' })
    expect(state().status).toBe('idle')
    expect(await db.ratings.count()).toBe(0)
    expect(await db.workshops.get('arriving')).toBeUndefined()
  })
})

describe('when the disk refuses writes', () => {
  const status = () => services.saveStatus.store.getState()
  // Kept writes are retried until they land: let them, before the database goes away.
  afterEach(async () => {
    vi.restoreAllMocks()
    await vi.waitFor(() => expect(status().pending).toBe(0))
  })

  it('keep the edit on screen, say so, try again, and save it once the disk takes it', async () => {
    const [amara] = await addPeople('Amara Okafor')
    const disk = refuseWrites(services)
    expect(await edits().rate(amara!.id, 'strategy', 'current', 4)).toEqual({ ok: true })
    expect(state().data?.ratings.map((r) => r.value)).toEqual([4])
    expect(status().refusal).toBe('full')
    expect(saveStateOf(status())).toBe('refused')
    expect(await db.ratings.count()).toBe(0)

    await vi.waitFor(() => expect(disk.attempts).toBeGreaterThan(2))
    disk.refusing = false
    await vi.waitFor(() => expect(saveStateOf(status())).toBe('saved'))
    expect((await db.ratings.toArray()).map((r) => r.value)).toEqual([4])
  })

  it('keep every later edit in order, and undo still works on them', async () => {
    const [amara] = await addPeople('Amara Okafor')
    const disk = refuseWrites(services)
    await edits().rate(amara!.id, 'strategy', 'current', 2)
    await edits().rate(amara!.id, 'strategy', 'current', 3)
    await edits().rate(amara!.id, 'strategy', 'target', 5)
    expect(await edits().undo()).toBe(true)
    expect(state().data?.ratings.map((r) => [r.state, r.value])).toEqual([['current', 3]])

    disk.refusing = false
    services.workshop.actions.retryNow()
    await vi.waitFor(() => expect(saveStateOf(status())).toBe('saved'))
    const stored = await db.ratings.toArray()
    expect(stored.map((r) => [r.state, r.value])).toEqual([['current', 3]])
  })

  it('show the kept edits again when the workshop is left and opened again', async () => {
    const [amara] = await addPeople('Amara Okafor')
    refuseWrites(services)
    await edits().rate(amara!.id, 'strategy', 'current', 4)
    services.workshop.actions.close()
    await services.workshop.actions.open(workshop.id)
    expect(state().data?.ratings.map((r) => r.value)).toEqual([4])
  })

  it('give a session file what the disk has not taken yet', async () => {
    const [amara] = await addPeople('Amara Okafor')
    refuseWrites(services)
    await edits().rate(amara!.id, 'strategy', 'current', 4)
    const { actions } = services.workshop
    expect(actions.unsavedWorkshops()).toEqual([workshop.id])
    const open = await actions.snapshotOf(workshop.id)
    expect(open.ratings.map((r) => r.value)).toEqual([4])
    actions.close()
    const closed = await actions.snapshotOf(workshop.id)
    expect(closed.ratings.map((r) => r.value)).toEqual([4])
    expect(closed.participants.map((p) => p.name)).toEqual(['Amara Okafor'])
  })

  it('let a quit go on instead of waiting for the disk forever', async () => {
    const [amara] = await addPeople('Amara Okafor')
    refuseWrites(services)
    await edits().rate(amara!.id, 'strategy', 'current', 4)
    expect(status().pending).toBeGreaterThan(0)
    await expect(services.saveStatus.settled()).resolves.toBeUndefined()
  })
})

describe('undo and redo', () => {
  it('work across a step change and take the facilitator back to where the edit was', async () => {
    const [amara] = await addPeople('Amara Okafor')
    await edits().goTo({ lensId: 'strategy', step: 'rate-current' })
    await edits().rate(amara!.id, 'strategy', 'current', 2)
    await edits().goTo({ lensId: 'discovery', step: 'introduce' })

    await edits().undo()
    expect(state().data?.workshop.position).toEqual({ lensId: 'strategy', step: 'rate-current' })
    expect(await db.ratings.count()).toBe(0)

    await edits().goTo({ lensId: 'delivery', step: 'gap' })
    await edits().redo()
    expect(state().data?.workshop.position).toEqual({ lensId: 'strategy', step: 'rate-current' })
    expect((await db.ratings.toArray())[0]?.value).toBe(2)
  })

  it('reach back at least 100 edits', async () => {
    const [amara] = await addPeople('Amara Okafor')
    for (let i = 0; i < 120; i++)
      await edits().rate(amara!.id, 'strategy', 'current', ((i % 5) + 1) as 1)
    for (let i = 0; i < 120; i++) expect(await edits().undo()).toBe(true)
    expect(await db.ratings.count()).toBe(0)
    expect(state().data?.ratings).toEqual([])
  })

  it('bring back a removed participant together with every rating they gave', async () => {
    const [amara, jonas] = await addPeople('Amara Okafor', 'Jonas Weber')
    await edits().rate(amara!.id, 'strategy', 'current', 2)
    await edits().rate(amara!.id, 'strategy', 'target', 4)
    await edits().rate(jonas!.id, 'strategy', 'current', 3)

    await edits().removeParticipant(amara!.id)
    expect(await db.participants.count()).toBe(1)
    expect(await db.ratings.count()).toBe(1)

    await edits().undo()
    expect((await db.participants.get(amara!.id))?.name).toBe('Amara Okafor')
    expect((await db.ratings.where({ workshopId: workshop.id }).toArray()).length).toBe(3)
  })

  it('count arrowing through the agreed score as one decision', async () => {
    for (const level of [1, 2, 3, 4] as const)
      await edits().setConsensus('strategy', 'current', level)
    await edits().setConsensus('strategy', 'target', 5)
    expect(state().history.past).toHaveLength(2)
    await edits().undo()
    await edits().undo()
    expect(await db.consensus.count()).toBe(0)
    await edits().redo()
    expect((await db.consensus.toArray())[0]?.value).toBe(4)
  })

  it('keep the history when an undo cannot be written', async () => {
    const [amara] = await addPeople('Amara Okafor')
    await edits().rate(amara!.id, 'strategy', 'current', 2)
    await edits().rate(amara!.id, 'strategy', 'current', 3)
    await edits().undo()
    const before = state().history
    vi.spyOn(services.repositories.changes, 'apply').mockRejectedValueOnce(new Error('locked'))
    expect(await edits().undo()).toBe(false)
    expect(state().history).toEqual(before)
    expect((await db.ratings.toArray())[0]?.value).toBe(2)
  })

  it('an undone agenda edit does not rewind where the facilitator stands', async () => {
    await edits().setAgenda([
      { lensId: 'discovery', minutes: 40 },
      { lensId: 'strategy', minutes: 20 },
    ])
    await edits().goTo({ lensId: 'strategy', step: 'gap' })
    await edits().undo()
    const stored = await db.workshops.get(workshop.id)
    expect(stored?.agenda.map((a) => a.lensId)).toEqual(['strategy', 'discovery', 'delivery'])
    expect(stored?.position).toEqual({ lensId: 'strategy', step: 'gap' })
  })
})

describe('position', () => {
  it('is saved with the workshop so that reopening resumes there, and is not an undo step', async () => {
    await edits().goTo({ lensId: 'discovery', step: 'reveal-target' })
    expect(state().history.past).toHaveLength(0)
    services.workshop.actions.close()
    const again = createAppServices(db, { records: testRecords(), template: testTemplate() })
    await again.workshop.actions.open(workshop.id)
    expect(again.workshop.store.getState().data?.workshop.position).toEqual({
      lensId: 'discovery',
      step: 'reveal-target',
    })
  })
})
