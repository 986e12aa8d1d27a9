import { beforeEach, describe, expect, it } from 'vitest'
import type { Workshop } from '@shared/domain'
import { type Repositories, type VantageDatabase } from '../../../../../renderer/src/db'
import { useRepositoryFixture } from './fixture'
import { details, snapshot, testTemplate, type TestRecords } from '../../helpers'

const fixture = useRepositoryFixture()
let db: VantageDatabase
let records: TestRecords
let repos: Repositories
let workshop: Workshop

beforeEach(() => {
  ;({ db, records, repos, workshop } = fixture)
})

async function storedUpdatedAt(id = workshop.id) {
  return (await db.workshops.get(id))?.updatedAt
}

describe('participantRepository', () => {
  it('adds participants in order, each with a new id, and lists them in that order', async () => {
    const ana = await repos.participants.add(workshop.id, 'Ana', 'CTO')
    const ben = await repos.participants.add(workshop.id, 'Ben')
    const cy = await repos.participants.add(workshop.id, 'Cy', 'CPO')

    expect([ana.order, ben.order, cy.order]).toEqual([0, 1, 2])
    expect(ben.role).toBe('')
    expect(new Set([ana.id, ben.id, cy.id]).size).toBe(3)
    expect((await repos.participants.listForWorkshop(workshop.id)).map((p) => p.name)).toEqual([
      'Ana',
      'Ben',
      'Cy',
    ])
  })

  it('lists by order, not by insertion, after a reorder', async () => {
    const ana = await repos.participants.add(workshop.id, 'Ana')
    await repos.participants.add(workshop.id, 'Ben')
    await repos.participants.update(ana.id, { order: 5 })

    expect((await repos.participants.listForWorkshop(workshop.id)).map((p) => p.name)).toEqual([
      'Ben',
      'Ana',
    ])
  })

  it('keeps each workshop’s participants to itself, and orders each list from zero', async () => {
    const other = await repos.workshops.create(details({ title: 'Other' }), testTemplate())
    await repos.participants.add(workshop.id, 'Ana')
    const first = await repos.participants.add(other.id, 'Zed')

    expect(first.order).toBe(0)
    expect((await repos.participants.listForWorkshop(other.id)).map((p) => p.name)).toEqual(['Zed'])
  })

  it('updates name and role', async () => {
    const ana = await repos.participants.add(workshop.id, 'Ana', 'CTO')
    await repos.participants.update(ana.id, { name: 'Ana María', role: 'CEO' })

    expect(await db.participants.get(ana.id)).toEqual({ ...ana, name: 'Ana María', role: 'CEO' })
  })

  it('removes a participant with their ratings only, and hands both back', async () => {
    const ana = await repos.participants.add(workshop.id, 'Ana')
    const ben = await repos.participants.add(workshop.id, 'Ben')
    const anaCurrent = await repos.ratings.set({
      workshopId: workshop.id,
      participantId: ana.id,
      lensId: 'strategy',
      state: 'current',
      value: 2,
      note: 'meh',
    })
    const anaTarget = await repos.ratings.set({
      workshopId: workshop.id,
      participantId: ana.id,
      lensId: 'strategy',
      state: 'target',
      value: 4,
    })
    const benRating = await repos.ratings.set({
      workshopId: workshop.id,
      participantId: ben.id,
      lensId: 'strategy',
      state: 'current',
      value: 3,
    })

    const removed = await repos.participants.remove(ana.id)

    expect(removed?.participant).toEqual(ana)
    expect(removed?.ratings.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [anaCurrent, anaTarget].sort((a, b) => a.id.localeCompare(b.id)),
    )
    expect(await db.participants.get(ana.id)).toBeUndefined()
    expect(await repos.ratings.listForWorkshop(workshop.id)).toEqual([benRating])
  })

  it('restore puts the participant and their ratings back exactly', async () => {
    const ana = await repos.participants.add(workshop.id, 'Ana', 'CTO')
    await repos.participants.add(workshop.id, 'Ben')
    await repos.ratings.set({
      workshopId: workshop.id,
      participantId: ana.id,
      lensId: 'discovery',
      state: 'current',
      value: 'unsure',
      note: 'new here',
    })
    const before = await snapshot(db)

    records.advance()
    const removed = await repos.participants.remove(ana.id)
    records.advance()
    await repos.participants.restore(removed!)

    const after = await snapshot(db)
    expect(after.participants).toEqual(before.participants)
    expect(after.ratings).toEqual(before.ratings)
  })

  it('remove of an unknown id changes nothing and returns undefined', async () => {
    await repos.participants.add(workshop.id, 'Ana')
    const before = await snapshot(db)
    records.advance()

    expect(await repos.participants.remove('missing')).toBeUndefined()
    expect(await snapshot(db)).toEqual(before)
  })

  it('marks the workshop as edited on add, update, remove and restore', async () => {
    const t1 = records.advance()
    const ana = await repos.participants.add(workshop.id, 'Ana')
    expect(await storedUpdatedAt()).toBe(t1)

    const t2 = records.advance()
    await repos.participants.update(ana.id, { name: 'Anna' })
    expect(await storedUpdatedAt()).toBe(t2)

    const t3 = records.advance()
    const removed = await repos.participants.remove(ana.id)
    expect(await storedUpdatedAt()).toBe(t3)

    const t4 = records.advance()
    await repos.participants.restore(removed!)
    expect(await storedUpdatedAt()).toBe(t4)
  })
})
