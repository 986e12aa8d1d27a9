import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VantageDatabase } from '../../../../renderer/src/db'
import { createAppServices, type AppServices } from '../../../../renderer/src/store/appServices'
import { saveStateOf } from '../../../../renderer/src/store/saveStatusStore'
import {
  details,
  dropDatabase,
  freshDatabase,
  snapshot,
  testRecords,
  testTemplate,
  type TestRecords,
} from '../helpers'

let db: VantageDatabase
let records: TestRecords
let services: AppServices

beforeEach(async () => {
  db = freshDatabase()
  records = testRecords()
  services = createAppServices(db, { records, template: testTemplate() })
  await services.workshops.actions.load()
})

afterEach(async () => {
  await dropDatabase(db)
})

const state = () => services.workshops.store.getState()
const actions = () => services.workshops.actions
const titles = () => state().workshops.map((w) => w.title)

async function created(title: string) {
  const outcome = await actions().create(details({ title }))
  if (!outcome.ok) throw new Error('setup: create failed')
  records.advance()
  return outcome.workshop
}

describe('workshopsStore.load', () => {
  it('is ready with what is on disk', async () => {
    await services.repositories.workshops.create(details({ title: 'On disk' }), testTemplate())
    await actions().load()
    expect(state().status).toBe('ready')
    expect(titles()).toEqual(['On disk'])
  })

  it('reports failed when the database cannot be read', async () => {
    vi.spyOn(services.repositories.workshops, 'listActive').mockRejectedValueOnce(new Error('boom'))
    await actions().load()
    expect(state().status).toBe('failed')
  })
})

describe('workshopsStore.create', () => {
  it.each(['', '   ', '\t\n'])(
    'refuses the title %j with errors.title "required" and writes nothing',
    async (title) => {
      const outcome = await actions().create(details({ title }))

      expect(outcome).toEqual({ ok: false, errors: { title: 'required' } })
      expect(await db.workshops.count()).toBe(0)
      expect(state().workshops).toEqual([])
      expect(records.issued).toBe(0)
    },
  )

  it('trims the details, stores the workshop with the template and lists it', async () => {
    const outcome = await actions().create(
      details({ title: '  Spring offsite  ', organisation: ' Acme ', facilitator: ' Robin' }),
    )

    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const stored = await db.workshops.get(outcome.workshop.id)
    expect(stored).toMatchObject({
      title: 'Spring offsite',
      organisation: 'Acme',
      facilitator: 'Robin',
    })
    expect(stored?.template).toEqual(testTemplate())
    expect(titles()).toEqual(['Spring offsite'])
  })

  it('uses the default six-lens template when none is given', async () => {
    const app = createAppServices(db, { records })
    const outcome = await app.workshops.actions.create(details())
    if (!outcome.ok) throw new Error('create failed')
    expect(outcome.workshop.template.lenses).toHaveLength(6)
  })

  it('refuses an impossible date and a title that is too long', async () => {
    const outcome = await actions().create(details({ title: 'x'.repeat(121), date: '2025-02-30' }))
    expect(outcome).toEqual({ ok: false, errors: { title: 'tooLong', date: 'invalidDate' } })
    expect(await db.workshops.count()).toBe(0)
  })
})

describe('workshopsStore.rename', () => {
  it('renames on disk and in the list, trimmed', async () => {
    const w = await created('Old')
    const outcome = await actions().rename(w.id, '  New  ')

    expect(outcome.ok).toBe(true)
    expect((await db.workshops.get(w.id))?.title).toBe('New')
    expect(titles()).toEqual(['New'])
  })

  it('refuses an empty title and leaves the stored title unchanged', async () => {
    const w = await created('Keep me')
    const before = await snapshot(db)

    const outcome = await actions().rename(w.id, '   ')

    expect(outcome).toEqual({ ok: false, errors: { title: 'required' } })
    expect(await snapshot(db)).toEqual(before)
    expect(titles()).toEqual(['Keep me'])
  })

  it('changes nothing for a workshop that is not listed', async () => {
    await created('A')
    const before = await snapshot(db)
    const outcome = await actions().rename('missing', 'B')
    expect(outcome.ok).toBe(false)
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('workshopsStore.updateDetails', () => {
  it('saves valid details and replaces the workshop in the list', async () => {
    const w = await created('T')
    const outcome = await actions().updateDetails(
      w.id,
      details({ title: 'T', organisation: 'Globex' }),
    )

    expect(outcome.ok).toBe(true)
    expect((await db.workshops.get(w.id))?.organisation).toBe('Globex')
    expect(state().workshops[0]?.organisation).toBe('Globex')
  })

  it('saves nothing when any field is invalid', async () => {
    const w = await created('T')
    const before = await snapshot(db)
    const outcome = await actions().updateDetails(
      w.id,
      details({ title: '', organisation: 'Globex' }),
    )

    expect(outcome).toEqual({ ok: false, errors: { title: 'required' } })
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('workshopsStore.duplicate', () => {
  it('names copies "(copy)" then "(copy 2)" and announces each one', async () => {
    const w = await created('T')

    await actions().duplicate(w.id)
    expect(state().notice).toEqual({ kind: 'duplicated', title: 'T (copy)' })
    records.advance()

    await actions().duplicate(w.id)
    expect(state().notice).toEqual({ kind: 'duplicated', title: 'T (copy 2)' })

    // Newest first: each copy is the most recently edited workshop when it is made.
    expect(titles()).toEqual(['T (copy 2)', 'T (copy)', 'T'])
    const onDisk = (await db.workshops.toArray()).map((x) => x.title)
    expect(onDisk.sort()).toEqual(['T', 'T (copy 2)', 'T (copy)'])
  })

  it('copies the workshop’s parts along', async () => {
    const w = await created('T')
    await services.repositories.participants.add(w.id, 'Ana')
    await actions().duplicate(w.id)

    const copy = state().workshops.find((x) => x.title === 'T (copy)')!
    expect(
      (await services.repositories.participants.listForWorkshop(copy.id)).map((p) => p.name),
    ).toEqual(['Ana'])
  })
})

describe('workshopsStore.remove and undoRemove', () => {
  it('removes the workshop from the list with a "deleted" notice, and undo brings it back whole', async () => {
    const keep = await created('Keep')
    const doomed = await created('Doomed')
    const ana = await services.repositories.participants.add(doomed.id, 'Ana')
    await services.repositories.ratings.set({
      workshopId: doomed.id,
      participantId: ana.id,
      lensId: 'strategy',
      state: 'current',
      value: 3,
    })
    await actions().load()
    const before = await snapshot(db)

    await actions().remove(doomed.id)

    expect(state().notice).toEqual({ kind: 'deleted', workshopId: doomed.id, title: 'Doomed' })
    expect(state().workshops.map((w) => w.id)).toEqual([keep.id])
    expect(await services.repositories.workshops.listActive()).toHaveLength(1)

    await actions().undoRemove()

    expect(state().notice).toEqual({ kind: 'restored', title: 'Doomed' })
    expect(titles().sort()).toEqual(['Doomed', 'Keep'])
    expect(await snapshot(db)).toEqual(before)
  })

  it('undo does nothing when the last notice is not a deletion', async () => {
    const w = await created('T')
    await actions().duplicate(w.id)
    const before = await snapshot(db)

    await actions().undoRemove()

    expect(state().notice).toEqual({ kind: 'duplicated', title: 'T (copy)' })
    expect(await snapshot(db)).toEqual(before)
  })

  it('dismissNotice clears the notice', async () => {
    const w = await created('T')
    await actions().remove(w.id)
    actions().dismissNotice()
    expect(state().notice).toBeNull()
  })
})

describe('workshopsStore failures', () => {
  it('a create that cannot be written answers with the reason and lists nothing', async () => {
    vi.spyOn(services.repositories.workshops, 'create').mockRejectedValueOnce(
      new Error('QuotaExceededError'),
    )

    const outcome = await actions().create(details({ title: 'Offsite' }))

    expect(outcome).toEqual({
      ok: false,
      errors: {},
      failure: 'Something unexpected went wrong (QuotaExceededError).',
    })
    expect(titles()).toEqual([])
    expect(await db.workshops.count()).toBe(0)
  })

  it('a details save that cannot be written answers with the reason, never throws', async () => {
    const w = await created('T')
    vi.spyOn(services.repositories.workshops, 'updateDetails').mockRejectedValueOnce(
      new Error('deleted in another window'),
    )

    const outcome = await actions().updateDetails(w.id, details({ title: 'New' }))

    expect(outcome).toMatchObject({
      ok: false,
      failure: 'Something unexpected went wrong (deleted in another window).',
    })
    expect(titles()).toEqual(['T'])
    expect(saveStateOf(services.saveStatus.store.getState())).toBe('failed')
  })

  it('a failing duplicate gives a "failed" notice and re-reads the list from disk', async () => {
    const w = await created('T')
    // Something the store has not seen yet: it must show up once the list is re-read.
    await services.repositories.workshops.create(
      details({ title: 'Written elsewhere' }),
      testTemplate(),
    )
    vi.spyOn(services.repositories.workshops, 'duplicate').mockRejectedValueOnce(
      new Error('disk full'),
    )

    await actions().duplicate(w.id)

    expect(state().notice).toEqual({
      kind: 'failed',
      reason: 'Something unexpected went wrong (disk full).',
    })
    expect(titles().sort()).toEqual(['T', 'Written elsewhere'])
    expect(saveStateOf(services.saveStatus.store.getState())).toBe('failed')
  })

  it('a failing delete gives a "failed" notice and keeps the workshop listed', async () => {
    const w = await created('T')
    vi.spyOn(services.repositories.workshops, 'softDelete').mockRejectedValueOnce(
      new Error('locked'),
    )

    await actions().remove(w.id)

    expect(state().notice).toEqual({
      kind: 'failed',
      reason: 'Something unexpected went wrong (locked).',
    })
    expect(titles()).toEqual(['T'])
    expect((await db.workshops.get(w.id))?.deletedAt).toBeNull()
  })

  it('a failing undo gives a "failed" notice and the workshop stays hidden', async () => {
    const w = await created('T')
    await actions().remove(w.id)
    vi.spyOn(services.repositories.workshops, 'restore').mockRejectedValueOnce(new Error('gone'))

    await actions().undoRemove()

    expect(state().notice).toEqual({
      kind: 'failed',
      reason: 'Something unexpected went wrong (gone).',
    })
    expect(titles()).toEqual([])
  })

  it('reports failed when even the re-read fails', async () => {
    const w = await created('T')
    vi.spyOn(services.repositories.workshops, 'duplicate').mockRejectedValueOnce(
      new Error('disk full'),
    )
    vi.spyOn(services.repositories.workshops, 'listActive').mockRejectedValueOnce(
      new Error('no read'),
    )

    await actions().duplicate(w.id)

    expect(state().notice).toEqual({
      kind: 'failed',
      reason: 'Something unexpected went wrong (disk full).',
    })
    expect(state().status).toBe('failed')
  })
})

describe('createAppServices session', () => {
  it('flags the session when a newer version of the database opens elsewhere', async () => {
    expect(services.session.getState().replacedByNewerVersion).toBe(false)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { Dexie } = await import('dexie')
    const newer = new Dexie(db.name)
    newer.version(db.verno + 1).stores({ workshops: 'id' })
    await newer.open()

    expect(services.session.getState().replacedByNewerVersion).toBe(true)
    newer.close()
    warn.mockRestore()
  })
})
