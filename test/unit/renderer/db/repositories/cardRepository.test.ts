import { beforeEach, describe, expect, it } from 'vitest'
import type { Card, Workshop } from '@shared/domain'
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

function card(
  text: string,
  workshopId = workshop.id,
): Omit<Card, 'id' | 'order' | 'createdAt' | 'updatedAt'> {
  return { workshopId, lensId: 'strategy', column: 'current', text, tags: ['t'] }
}

async function workshopUpdatedAt(id = workshop.id) {
  return (await db.workshops.get(id))?.updatedAt
}

describe('cardRepository (ordered items)', () => {
  it('adds cards at the end with increasing order, new ids and timestamps', async () => {
    const t1 = records.advance()
    const first = await repos.cards.add(card('one'))
    const t2 = records.advance()
    const second = await repos.cards.add(card('two'))
    const third = await repos.cards.add(card('three'))

    expect(first).toMatchObject({ text: 'one', order: 0, createdAt: t1, updatedAt: t1 })
    expect(second).toMatchObject({ text: 'two', order: 1, createdAt: t2 })
    expect(third.order).toBe(2)
    expect(new Set([first.id, second.id, third.id]).size).toBe(3)
    expect((await repos.cards.listForWorkshop(workshop.id)).map((c) => c.text)).toEqual([
      'one',
      'two',
      'three',
    ])
    expect(await db.cards.get(first.id)).toEqual(first)
  })

  it('appends after the highest order even when earlier cards were removed or moved', async () => {
    const a = await repos.cards.add(card('a'))
    await repos.cards.add(card('b'))
    await repos.cards.update(a.id, { order: 7 })
    const c = await repos.cards.add(card('c'))

    expect(c.order).toBe(8)
    expect((await repos.cards.listForWorkshop(workshop.id)).map((x) => x.text)).toEqual([
      'b',
      'a',
      'c',
    ])
  })

  it('orders each workshop on its own', async () => {
    const other = await repos.workshops.create(details({ title: 'Other' }), testTemplate())
    await repos.cards.add(card('a'))
    await repos.cards.add(card('b'))

    const first = await repos.cards.add(card('elsewhere', other.id))
    expect(first.order).toBe(0)
    expect(await repos.cards.listForWorkshop(other.id)).toEqual([first])
  })

  it('update changes the given fields, keeps id, workshop and createdAt, bumps updatedAt', async () => {
    const added = await repos.cards.add(card('draft'))
    const later = records.advance(2_000)

    const updated = await repos.cards.update(added.id, { text: 'final', tags: ['x', 'y'] })

    expect(updated).toEqual({
      ...added,
      text: 'final',
      tags: ['x', 'y'],
      updatedAt: later,
    })
    expect(await db.cards.get(added.id)).toEqual(updated)
  })

  it('update and remove of an unknown id change nothing', async () => {
    await repos.cards.add(card('a'))
    const before = await snapshot(db)
    records.advance()

    expect(await repos.cards.update('missing', { text: 'x' })).toBeUndefined()
    expect(await repos.cards.remove('missing')).toBeUndefined()
    expect(await snapshot(db)).toEqual(before)
  })

  it('remove hands back the card and restore puts it back exactly', async () => {
    await repos.cards.add(card('a'))
    const b = await repos.cards.add(card('b'))
    await repos.cards.add(card('c'))
    const before = await db.cards.toArray()

    const removed = await repos.cards.remove(b.id)
    expect(removed).toEqual(b)
    expect((await repos.cards.listForWorkshop(workshop.id)).map((x) => x.text)).toEqual(['a', 'c'])

    await repos.cards.restore(removed!)
    expect(await db.cards.toArray()).toEqual(before)
    expect((await repos.cards.listForWorkshop(workshop.id)).map((x) => x.text)).toEqual([
      'a',
      'b',
      'c',
    ])
  })

  it('marks the workshop as edited on add, update, remove and restore', async () => {
    const t1 = records.advance()
    const added = await repos.cards.add(card('a'))
    expect(await workshopUpdatedAt()).toBe(t1)

    const t2 = records.advance()
    await repos.cards.update(added.id, { text: 'b' })
    expect(await workshopUpdatedAt()).toBe(t2)

    const t3 = records.advance()
    const removed = await repos.cards.remove(added.id)
    expect(await workshopUpdatedAt()).toBe(t3)

    const t4 = records.advance()
    await repos.cards.restore(removed!)
    expect(await workshopUpdatedAt()).toBe(t4)
  })
})

describe('betRepository (ordered items)', () => {
  it('adds bets in order like cards', async () => {
    const base = {
      workshopId: workshop.id,
      hypothesis: 'h',
      risk: 'r',
      upside: 'u',
      owner: 'o',
      horizon: 'Q1',
      size: 'S',
      lensId: null,
      teamKeys: [],
      status: 'proposed' as const,
      reviewDate: null,
    }
    const first = await repos.bets.add({ ...base, title: 'first' })
    const second = await repos.bets.add({ ...base, title: 'second' })

    expect([first.order, second.order]).toEqual([0, 1])
    expect((await repos.bets.listForWorkshop(workshop.id)).map((b) => b.title)).toEqual([
      'first',
      'second',
    ])
  })
})
