import { beforeEach, describe, expect, it } from 'vitest'
import { consensusId, ratingId, type Bet, type Card } from '@shared/domain'
import {
  WorkshopNotFoundError,
  type Repositories,
  type VantageDatabase,
} from '../../../../../renderer/src/db'
import { useRepositoryFixture } from './fixture'
import { details, snapshot, testTemplate, type TestRecords } from '../../helpers'

const fixture = useRepositoryFixture({ withWorkshop: false })
let db: VantageDatabase
let records: TestRecords
let repos: Repositories

beforeEach(() => {
  ;({ db, records, repos } = fixture)
})

function betInput(
  workshopId: string,
  title: string,
): Omit<Bet, 'id' | 'order' | 'createdAt' | 'updatedAt'> {
  return {
    workshopId,
    title,
    hypothesis: `We believe that ${title}`,
    risk: 'low',
    upside: 'high',
    owner: 'Sam',
    horizon: 'Q2',
    size: 'M',
    lensId: 'strategy',
    teamKeys: [],
    status: 'proposed',
    reviewDate: null,
  }
}

function cardInput(
  workshopId: string,
  text: string,
): Omit<Card, 'id' | 'order' | 'createdAt' | 'updatedAt'> {
  return { workshopId, lensId: 'strategy', column: 'current', text, tags: ['people', 'process'] }
}

describe('workshopRepository.create', () => {
  it('stores the details with a fresh id, timestamps, no deletion and an agenda per lens', async () => {
    const created = await repos.workshops.create(details(), testTemplate())

    const stored = await db.workshops.get(created.id)
    expect(stored).toEqual(created)
    expect(stored).toMatchObject({
      id: 'id-0001',
      title: 'Leadership offsite',
      organisation: 'Acme',
      date: '2025-03-14',
      facilitator: 'Robin',
      anonymous: false,
      createdAt: records.now(),
      updatedAt: records.now(),
      deletedAt: null,
    })
    expect(stored?.agenda.map((item) => item.lensId)).toEqual(['strategy', 'discovery', 'delivery'])
  })

  it('freezes a deep copy of the template: editing the source later never reaches the workshop', async () => {
    const template = testTemplate()
    const pristine = structuredClone(template)
    const created = await repos.workshops.create(details(), template)

    template.name = 'Renamed'
    template.revision = 99
    template.lenses[0]!.title = 'Edited lens'
    template.lenses[0]!.prompts.push('A new prompt')
    template.lenses[0]!.scale[2]!.description = 'Rewritten level'
    template.lenses.push({ ...template.lenses[1]!, id: 'extra' })

    const stored = await db.workshops.get(created.id)
    expect(stored?.template).toEqual(pristine)
    // The object handed back to the caller is independent of the source too.
    expect(created.template).toEqual(pristine)
  })
})

describe('workshopRepository.listActive', () => {
  it('lists only workshops that are not deleted, most recently edited first', async () => {
    const a = await repos.workshops.create(details({ title: 'A' }), testTemplate())
    records.advance()
    const b = await repos.workshops.create(details({ title: 'B' }), testTemplate())
    records.advance()
    const c = await repos.workshops.create(details({ title: 'C' }), testTemplate())
    records.advance()
    await repos.workshops.updateDetails(a.id, { organisation: 'Edited' })
    await repos.workshops.softDelete(c.id)

    const listed = await repos.workshops.listActive()
    expect(listed.map((w) => w.title)).toEqual(['A', 'B'])
    expect(listed.map((w) => w.id)).toEqual([a.id, b.id])
  })

  it('puts a workshop whose parts changed at the top', async () => {
    const a = await repos.workshops.create(details({ title: 'A' }), testTemplate())
    records.advance()
    await repos.workshops.create(details({ title: 'B' }), testTemplate())
    records.advance()
    await repos.participants.add(a.id, 'Alex')

    expect((await repos.workshops.listActive()).map((w) => w.title)).toEqual(['A', 'B'])
  })

  it('is empty on a new database', async () => {
    expect(await repos.workshops.listActive()).toEqual([])
  })
})

describe('workshopRepository.updateDetails', () => {
  it('writes the patch, keeps the rest, and bumps updatedAt but not createdAt', async () => {
    const created = await repos.workshops.create(details(), testTemplate())
    const later = records.advance(5_000)

    const updated = await repos.workshops.updateDetails(created.id, { title: 'Renamed' })

    expect(updated).toMatchObject({
      title: 'Renamed',
      organisation: 'Acme',
      createdAt: created.createdAt,
      updatedAt: later,
    })
    expect(await db.workshops.get(created.id)).toEqual(updated)
  })

  it('refuses an unknown id with WorkshopNotFoundError and creates nothing', async () => {
    await expect(repos.workshops.updateDetails('missing', { title: 'X' })).rejects.toBeInstanceOf(
      WorkshopNotFoundError,
    )
    expect(await db.workshops.count()).toBe(0)
  })
})

describe('workshopRepository.duplicate', () => {
  async function populatedWorkshop() {
    const source = await repos.workshops.create(details({ title: 'Source' }), testTemplate())
    const ana = await repos.participants.add(source.id, 'Ana', 'CTO')
    const ben = await repos.participants.add(source.id, 'Ben', 'CPO')
    await repos.ratings.set({
      workshopId: source.id,
      participantId: ana.id,
      lensId: 'strategy',
      state: 'current',
      value: 2,
      note: 'Too many priorities',
    })
    await repos.ratings.set({
      workshopId: source.id,
      participantId: ben.id,
      lensId: 'strategy',
      state: 'target',
      value: 'unsure',
    })
    await repos.ratings.setConsensus(source.id, 'strategy', 'current', 3)
    await repos.cards.add(cardInput(source.id, 'Roadmap is a feature list'))
    await repos.bets.add(betInput(source.id, 'outcome roadmaps'))
    return repos.workshops.get(source.id).then((w) => w!)
  }

  it('copies participants, ratings, consensus, cards and bets under new ids', async () => {
    const source = await populatedWorkshop()
    const copyTime = records.advance(60_000)

    const copy = await repos.workshops.duplicate(source.id, 'Source (copy)')

    expect(copy.id).not.toBe(source.id)
    expect(copy).toMatchObject({
      title: 'Source (copy)',
      organisation: source.organisation,
      createdAt: copyTime,
      updatedAt: copyTime,
      deletedAt: null,
    })
    expect(copy.template).toEqual(source.template)
    expect(copy.agenda).toEqual(source.agenda)
    expect(await db.workshops.get(copy.id)).toEqual(copy)

    const [sourceParticipants, copyParticipants] = await Promise.all([
      repos.participants.listForWorkshop(source.id),
      repos.participants.listForWorkshop(copy.id),
    ])
    expect(copyParticipants.map(({ name, role, order }) => ({ name, role, order }))).toEqual(
      sourceParticipants.map(({ name, role, order }) => ({ name, role, order })),
    )
    const sourceIds = new Set(sourceParticipants.map((p) => p.id))
    for (const p of copyParticipants) expect(sourceIds.has(p.id)).toBe(false)

    // Ratings follow their participant to the new id, and their own id is recomputed from it.
    const newIdOf = new Map(
      sourceParticipants.map((p) => [p.id, copyParticipants.find((c) => c.name === p.name)!.id]),
    )
    const sourceRatings = await repos.ratings.listForWorkshop(source.id)
    const copyRatings = await repos.ratings.listForWorkshop(copy.id)
    expect(copyRatings).toHaveLength(2)
    const expected = sourceRatings.map((r) => {
      const participantId = newIdOf.get(r.participantId)!
      return {
        ...r,
        id: ratingId(participantId, r.lensId, r.state),
        participantId,
        workshopId: copy.id,
      }
    })
    expect(copyRatings.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      expected.sort((x, y) => x.id.localeCompare(y.id)),
    )

    expect(await repos.ratings.listConsensus(copy.id)).toEqual([
      {
        id: consensusId(copy.id, 'strategy', 'current'),
        workshopId: copy.id,
        lensId: 'strategy',
        state: 'current',
        value: 3,
        revealed: false,
        updatedAt: expect.any(Number),
      },
    ])

    const [sourceCards, copyCards] = await Promise.all([
      repos.cards.listForWorkshop(source.id),
      repos.cards.listForWorkshop(copy.id),
    ])
    expect(copyCards).toHaveLength(1)
    expect(copyCards[0]!.id).not.toBe(sourceCards[0]!.id)
    expect(copyCards[0]).toEqual({ ...sourceCards[0], id: copyCards[0]!.id, workshopId: copy.id })

    const [sourceBets, copyBets] = await Promise.all([
      repos.bets.listForWorkshop(source.id),
      repos.bets.listForWorkshop(copy.id),
    ])
    expect(copyBets).toHaveLength(1)
    expect(copyBets[0]!.id).not.toBe(sourceBets[0]!.id)
    expect(copyBets[0]).toEqual({ ...sourceBets[0], id: copyBets[0]!.id, workshopId: copy.id })
  })

  it('leaves the source workshop and all its parts exactly as they were', async () => {
    const source = await populatedWorkshop()
    const before = await snapshot(db)
    records.advance()

    const copy = await repos.workshops.duplicate(source.id, 'Source (copy)')

    const after = await snapshot(db)
    expect(after.workshops.filter((w) => w.id !== copy.id)).toEqual(before.workshops)
    for (const table of ['participants', 'ratings', 'consensus', 'cards', 'bets'] as const) {
      const sourceRows = (after[table] as { workshopId: string }[]).filter(
        (row) => row.workshopId === source.id,
      )
      expect(sourceRows, table).toEqual(before[table])
    }
  })

  it('makes a copy that is independent: editing it does not touch the source', async () => {
    const source = await populatedWorkshop()
    const copy = await repos.workshops.duplicate(source.id, 'Copy')
    const before = await snapshot(db)
    records.advance()

    const [copiedParticipant] = await repos.participants.listForWorkshop(copy.id)
    await repos.participants.remove(copiedParticipant!.id)
    const [copiedCard] = await repos.cards.listForWorkshop(copy.id)
    await repos.cards.update(copiedCard!.id, { text: 'changed' })
    await repos.ratings.setConsensus(copy.id, 'strategy', 'current', 5)

    const after = await snapshot(db)
    expect(after.workshops.find((w) => w.id === source.id)).toEqual(
      before.workshops.find((w) => w.id === source.id),
    )
    expect(await repos.participants.listForWorkshop(source.id)).toHaveLength(2)
    expect(await repos.ratings.listForWorkshop(source.id)).toHaveLength(2)
    expect((await repos.cards.listForWorkshop(source.id))[0]!.text).toBe(
      'Roadmap is a feature list',
    )
    expect((await repos.ratings.listConsensus(source.id))[0]!.value).toBe(3)
  })

  it('still duplicates when a rating has lost its participant, leaving that rating behind', async () => {
    const source = await populatedWorkshop()
    // ratings.set does not check the participant, so a late write can outlive a removal.
    await repos.ratings.set({
      workshopId: source.id,
      participantId: 'removed-participant',
      lensId: 'delivery',
      state: 'current',
      value: 1,
    })

    const copy = await repos.workshops.duplicate(source.id, 'Source (copy)')

    const copyParticipantIds = new Set(
      (await repos.participants.listForWorkshop(copy.id)).map((p) => p.id),
    )
    const copyRatings = await repos.ratings.listForWorkshop(copy.id)
    expect(copyRatings).toHaveLength(2)
    for (const r of copyRatings) expect(copyParticipantIds.has(r.participantId)).toBe(true)
    expect(await repos.ratings.listForWorkshop(source.id)).toHaveLength(3)
  })

  it('can duplicate the same workshop twice without id clashes', async () => {
    const source = await populatedWorkshop()
    const first = await repos.workshops.duplicate(source.id, 'Source (copy)')
    const second = await repos.workshops.duplicate(source.id, 'Source (copy 2)')

    expect(new Set([source.id, first.id, second.id]).size).toBe(3)
    expect(await repos.ratings.listForWorkshop(second.id)).toHaveLength(2)
    expect(await db.ratings.count()).toBe(6)
  })

  it('refuses an unknown id with WorkshopNotFoundError and writes nothing', async () => {
    await populatedWorkshop()
    const before = await snapshot(db)

    await expect(repos.workshops.duplicate('missing', 'X')).rejects.toBeInstanceOf(
      WorkshopNotFoundError,
    )
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('workshopRepository.softDelete and restore', () => {
  it('hides a deleted workshop from the list and restore brings back the very same data', async () => {
    const kept = await repos.workshops.create(details({ title: 'Kept' }), testTemplate())
    const doomed = await repos.workshops.create(details({ title: 'Doomed' }), testTemplate())
    const ana = await repos.participants.add(doomed.id, 'Ana')
    await repos.ratings.set({
      workshopId: doomed.id,
      participantId: ana.id,
      lensId: 'delivery',
      state: 'target',
      value: 4,
      note: 'ship weekly',
    })
    await repos.cards.add(cardInput(doomed.id, 'card'))
    const before = await snapshot(db)
    records.advance()

    await repos.workshops.softDelete(doomed.id)

    expect((await repos.workshops.listActive()).map((w) => w.id)).toEqual([kept.id])
    expect((await db.workshops.get(doomed.id))?.deletedAt).toBe(records.now())
    // Its parts stay where they were while it is hidden.
    expect(await repos.participants.listForWorkshop(doomed.id)).toHaveLength(1)

    records.advance()
    await repos.workshops.restore(doomed.id)

    expect(await snapshot(db)).toEqual(before)
    expect((await repos.workshops.listActive()).map((w) => w.id).sort()).toEqual(
      [kept.id, doomed.id].sort(),
    )
  })

  it('refuses unknown ids with WorkshopNotFoundError', async () => {
    await expect(repos.workshops.softDelete('missing')).rejects.toBeInstanceOf(
      WorkshopNotFoundError,
    )
    await expect(repos.workshops.restore('missing')).rejects.toMatchObject({
      name: 'WorkshopNotFoundError',
      workshopId: 'missing',
    })
    expect(await db.workshops.count()).toBe(0)
  })
})
