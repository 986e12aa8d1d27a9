import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { VantageDatabase } from '../../../../renderer/src/db'
import { testTemplate } from '../helpers'

const name = `migration-${crypto.randomUUID()}`

afterEach(async () => {
  await Dexie.delete(name)
})

describe('database version 1 -> 2', () => {
  it('keeps every workshop and fills in what the guided workshop needs', async () => {
    const v1 = new Dexie(name)
    v1.version(1).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      ratings: 'id, workshopId, [workshopId+lensId+state]',
      consensus: 'id, workshopId',
      cards: 'id, workshopId, [workshopId+lensId]',
      bets: 'id, workshopId',
    })
    await v1.table('workshops').add({
      id: 'w1',
      title: 'Spring offsite',
      organisation: 'Acme',
      date: '',
      facilitator: '',
      anonymous: false,
      agenda: [{ lensId: 'strategy', minutes: 30 }],
      template: testTemplate(),
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
    })
    await v1.table('consensus').bulkAdd([
      { id: 'c1', workshopId: 'w1', lensId: 'strategy', state: 'current', value: 3, updatedAt: 1 },
      {
        id: 'c2',
        workshopId: 'w1',
        lensId: 'strategy',
        state: 'target',
        value: null,
        updatedAt: 1,
      },
    ])
    v1.close()

    const db = new VantageDatabase(name)
    const workshop = await db.workshops.get('w1')
    expect(workshop).toMatchObject({
      title: 'Spring offsite',
      startTime: '',
      endTime: '',
      position: null,
      timer: null,
      earlier: null,
    })
    // An agreed score was shown to the room; an empty one may not have been.
    expect((await db.consensus.get('c1'))?.revealed).toBe(true)
    expect((await db.consensus.get('c2'))?.revealed).toBe(false)
    expect(await db.gapNotes.count()).toBe(0)
    db.close()
  })
})

describe('database version 2 -> 3', () => {
  it('keeps every workshop, compared with no earlier one', async () => {
    const v2 = new Dexie(name)
    v2.version(2).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      ratings: 'id, workshopId, [workshopId+lensId+state]',
      consensus: 'id, workshopId',
      cards: 'id, workshopId, [workshopId+lensId]',
      bets: 'id, workshopId',
      gapNotes: 'id, workshopId',
    })
    await v2.table('workshops').add({
      id: 'w2',
      title: 'Autumn offsite',
      organisation: 'Acme',
      date: '',
      facilitator: '',
      anonymous: true,
      startTime: '09:00',
      endTime: '',
      agenda: [{ lensId: 'strategy', minutes: 30 }],
      position: { lensId: 'strategy', step: 'introduce' },
      timer: null,
      template: testTemplate(),
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
    })
    v2.close()

    const db = new VantageDatabase(name)
    expect(await db.workshops.get('w2')).toMatchObject({
      title: 'Autumn offsite',
      anonymous: true,
      startTime: '09:00',
      position: { lensId: 'strategy', step: 'introduce' },
      earlier: null,
    })
    db.close()
  })
})

describe('database version 5 -> 6', () => {
  it('keeps every bet, changing no team, and starts with no map', async () => {
    const v5 = new Dexie(name)
    v5.version(5).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      ratings: 'id, workshopId, [workshopId+lensId+state]',
      consensus: 'id, workshopId',
      cards: 'id, workshopId, [workshopId+lensId]',
      bets: 'id, workshopId',
      gapNotes: 'id, workshopId',
      votes: 'id, workshopId, betId, participantId',
      presenter: 'workshopId',
    })
    await v5.table('bets').add({
      id: 'b1',
      workshopId: 'w5',
      title: 'Fund teams, not projects',
      hypothesis: 'We believe that stable funding keeps teams together',
      risk: '',
      upside: '',
      owner: 'Ana',
      horizon: 'Q3',
      size: 'L',
      lensId: null,
      status: 'committed',
      reviewDate: null,
      order: 0,
      createdAt: 1,
      updatedAt: 1,
    })
    v5.close()

    const db = new VantageDatabase(name)
    expect(await db.bets.get('b1')).toMatchObject({
      title: 'Fund teams, not projects',
      status: 'committed',
      teamKeys: [],
    })
    expect(await db.mapElements.count()).toBe(0)
    db.close()
  })
})

describe('database version 6 -> 7', () => {
  it('keeps every workshop and its frozen template, and starts with an empty library', async () => {
    const v6 = new Dexie(name)
    v6.version(6).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      ratings: 'id, workshopId, [workshopId+lensId+state]',
      consensus: 'id, workshopId',
      cards: 'id, workshopId, [workshopId+lensId]',
      bets: 'id, workshopId',
      gapNotes: 'id, workshopId',
      votes: 'id, workshopId, betId, participantId',
      presenter: 'workshopId',
      mapElements: 'id, workshopId',
    })
    await v6.table('workshops').add({ id: 'w6', title: 'Offsite', template: testTemplate() })
    v6.close()

    const db = new VantageDatabase(name)
    expect((await db.workshops.get('w6'))?.template).toEqual(testTemplate())
    expect(await db.templates.count()).toBe(0)
    db.close()
  })
})
