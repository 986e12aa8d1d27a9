import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { WorkshopSnapshot } from '@shared/domain'
import { parseSessionFile, serializeSession } from '@shared/schema/sessionFile'
import {
  createRepositories,
  WorkshopNotFoundError,
  type Repositories,
  type VantageDatabase,
} from '../../../../../renderer/src/db'
import {
  ImportConflictError,
  WorkshopExistsError,
} from '../../../../../renderer/src/db/repositories/snapshotRepository'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { sampleSnapshot } from '../../../shared/schema/sampleSnapshot'
import { workshopSnapshotArb } from '../../../shared/schema/snapshotArbitrary'
import { useRepositoryFixture } from './fixture'

const fixture = useRepositoryFixture({ withWorkshop: false })
let db: VantageDatabase
let repos: Repositories

beforeEach(() => {
  ;({ db, repos } = fixture)
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Every row of every workshop table, gap notes included, for "nothing changed" assertions. */
async function everyRow(database: VantageDatabase) {
  const tables = await Promise.all(
    database.workshopTables.map(async (table) => [table.name, await table.toArray()] as const),
  )
  return Object.fromEntries(tables)
}

/** Lists sorted by id, so two snapshots compare by content, not by the order rows were read. */
function sorted(snapshot: WorkshopSnapshot): WorkshopSnapshot {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    workshop: snapshot.workshop,
    participants: byId(snapshot.participants),
    ratings: byId(snapshot.ratings),
    consensus: byId(snapshot.consensus),
    cards: byId(snapshot.cards),
    gapNotes: byId(snapshot.gapNotes),
    bets: byId(snapshot.bets),
    votes: byId(snapshot.votes),
    mapElements: byId(snapshot.mapElements),
  }
}

/** Another workshop in the same database, which no import may touch. */
async function bystander() {
  const other = await repos.workshops.create(details({ title: 'Bystander' }), testTemplate())
  const person = await repos.participants.add(other.id, 'Chidi', 'COO')
  await repos.ratings.set({
    workshopId: other.id,
    participantId: person.id,
    lensId: 'strategy',
    state: 'current',
    value: 4,
  })
  return other
}

describe('snapshotRepository.readSnapshot and importSnapshot', () => {
  it('reads back exactly what was imported', async () => {
    const snapshot = sampleSnapshot()
    const stored = await repos.snapshots.importSnapshot(snapshot, 'new')

    expect(stored).toEqual(snapshot)
    expect(await repos.snapshots.readSnapshot(snapshot.workshop.id)).toEqual(snapshot)
  })

  it('round trips any valid workshop through IndexedDB and through a session file', async () => {
    await fc.assert(
      fc.asyncProperty(workshopSnapshotArb, async (snapshot) => {
        const first = freshDatabase()
        const second = freshDatabase()
        try {
          const a = createRepositories(first, testRecords())
          await a.snapshots.importSnapshot(snapshot, 'new')
          const read = await a.snapshots.readSnapshot(snapshot.workshop.id)
          const expected = { ...snapshot, workshop: { ...snapshot.workshop, deletedAt: null } }
          expect(sorted(read)).toEqual(sorted(expected))

          // Saved on one laptop, opened on another.
          const opened = parseSessionFile(serializeSession(read, new Date()))
          if (!opened.ok) throw new Error(opened.error.detail)
          const b = createRepositories(second, testRecords())
          await b.snapshots.importSnapshot(opened.snapshot, 'new')
          expect(await b.snapshots.readSnapshot(snapshot.workshop.id)).toEqual(read)
        } finally {
          await dropDatabase(first)
          await dropDatabase(second)
        }
      }),
      { numRuns: 25 },
    )
  })

  it('reads the lists in reading order: people, cards and bets by their place', async () => {
    const snapshot = sampleSnapshot()
    snapshot.participants = [
      { ...snapshot.participants[0]!, id: 'p-a', order: 2 },
      { ...snapshot.participants[1]!, id: 'p-b', order: 1 },
    ]
    snapshot.ratings = []
    await repos.snapshots.importSnapshot(snapshot, 'new')

    const read = await repos.snapshots.readSnapshot(snapshot.workshop.id)
    expect(read.participants.map((p) => p.id)).toEqual(['p-b', 'p-a'])
  })

  it('refuses to read a workshop that does not exist', async () => {
    await expect(repos.snapshots.readSnapshot('missing')).rejects.toBeInstanceOf(
      WorkshopNotFoundError,
    )
  })

  it('brings a deleted workshop back into view when its file is opened', async () => {
    const snapshot = sampleSnapshot()
    snapshot.workshop.deletedAt = 123
    const stored = await repos.snapshots.importSnapshot(snapshot, 'new')
    expect(stored.workshop.deletedAt).toBeNull()
    expect((await repos.workshops.listActive()).map((w) => w.id)).toEqual([snapshot.workshop.id])
  })
})

describe("importSnapshot 'new'", () => {
  it('refuses a workshop id that is taken, and writes nothing', async () => {
    await repos.snapshots.importSnapshot(sampleSnapshot(), 'new')
    const before = await everyRow(db)
    const changed = sampleSnapshot()
    changed.workshop.title = 'Changed'

    await expect(repos.snapshots.importSnapshot(changed, 'new')).rejects.toBeInstanceOf(
      WorkshopExistsError,
    )
    expect(await everyRow(db)).toEqual(before)
  })
})

describe("importSnapshot 'replace'", () => {
  it('replaces every record of the workshop: nothing of the old version is left', async () => {
    const old = sampleSnapshot()
    await repos.snapshots.importSnapshot(old, 'new')
    const other = await bystander()
    const otherRows = await repos.snapshots.readSnapshot(other.id)
    // Edits made in this database after the file was saved: they must all go.
    const extra = await repos.participants.add(old.workshop.id, 'Late arrival')
    await repos.cards.add({
      workshopId: old.workshop.id,
      lensId: 'leadership',
      column: 'target',
      text: 'Leftover',
      tags: [],
    })
    await repos.ratings.setConsensus(old.workshop.id, 'leadership', 'target', 5)

    const fresh = sampleSnapshot()
    fresh.workshop.title = 'Leadership offsite (from the file)'
    fresh.participants = fresh.participants.slice(0, 1)
    fresh.ratings = fresh.ratings.filter((r) => r.participantId === 'p-1')
    fresh.bets = []
    const stored = await repos.snapshots.importSnapshot(fresh, 'replace')

    expect(stored.workshop.title).toBe('Leadership offsite (from the file)')
    expect(await repos.snapshots.readSnapshot(old.workshop.id)).toEqual(fresh)
    expect(await db.participants.get(extra.id)).toBeUndefined()
    expect(await repos.snapshots.readSnapshot(other.id)).toEqual(otherRows)
  })

  it('writes the file as a new workshop when there is nothing to replace', async () => {
    const snapshot = sampleSnapshot()
    await repos.snapshots.importSnapshot(snapshot, 'replace')
    expect(await repos.snapshots.readSnapshot(snapshot.workshop.id)).toEqual(snapshot)
  })
})

describe("importSnapshot 'keepBoth'", () => {
  it('adds an independent copy under new ids and the given title, leaving the original alone', async () => {
    const snapshot = sampleSnapshot()
    await repos.snapshots.importSnapshot(snapshot, 'new')
    const before = await everyRow(db)

    const copy = await repos.snapshots.importSnapshot(
      snapshot,
      'keepBoth',
      'Leadership offsite (2)',
    )

    expect(copy.workshop.id).not.toBe(snapshot.workshop.id)
    expect(copy.workshop).toMatchObject({
      title: 'Leadership offsite (2)',
      deletedAt: null,
      position: null,
    })
    const copied = await repos.snapshots.readSnapshot(copy.workshop.id)
    // What the import hands back is what it wrote, new ids and all: it is shown without a read.
    expect(copied).toEqual(copy)
    expect(copied.participants.map((p) => p.name)).toEqual(['Ana', 'Ben'])
    expect(copied.ratings).toHaveLength(2)
    expect(copied.cards[0]!.text).toBe('Roadmap is a feature list')
    const rows = [
      ...copied.participants,
      ...copied.ratings,
      ...copied.consensus,
      ...copied.cards,
      ...copied.gapNotes,
      ...copied.bets,
      ...copied.votes,
      ...copied.mapElements,
    ]
    for (const row of rows) expect(row.workshopId).toBe(copy.workshop.id)
    const oldIds = new Set(
      Object.values(before)
        .flat()
        .map((row) => row.id),
    )
    for (const row of rows) expect(oldIds.has(row.id)).toBe(false)

    // Editing the copy leaves the original as it was.
    await repos.ratings.setConsensus(copy.workshop.id, 'alignment', 'current', 5)
    await repos.participants.remove(copied.participants[0]!.id)
    expect(await repos.snapshots.readSnapshot(snapshot.workshop.id)).toEqual(snapshot)
  })

  it('can keep both twice without id clashes', async () => {
    const snapshot = sampleSnapshot()
    await repos.snapshots.importSnapshot(snapshot, 'new')
    const first = await repos.snapshots.importSnapshot(snapshot, 'keepBoth', 'Copy 1')
    const second = await repos.snapshots.importSnapshot(snapshot, 'keepBoth', 'Copy 2')
    expect(new Set([snapshot.workshop.id, first.workshop.id, second.workshop.id]).size).toBe(3)
    expect(await db.ratings.count()).toBe(6)
  })

  it('needs the title of the copy', async () => {
    await expect(repos.snapshots.importSnapshot(sampleSnapshot(), 'keepBoth')).rejects.toThrow(
      TypeError,
    )
    expect(await db.workshops.count()).toBe(0)
  })
})

describe('a failing import writes nothing', () => {
  it('when the snapshot holds two records with one id', async () => {
    await bystander()
    const before = await everyRow(db)
    const broken = sampleSnapshot()
    broken.cards.push({ ...broken.cards[0]!, text: 'Same id' })

    await expect(repos.snapshots.importSnapshot(broken, 'new')).rejects.toBeInstanceOf(
      ImportConflictError,
    )
    expect(await everyRow(db)).toEqual(before)
  })

  it("when a record has the id of another workshop's record, which stays as it was", async () => {
    const other = await bystander()
    const [theirs] = await repos.participants.listForWorkshop(other.id)
    const before = await everyRow(db)
    const clash = sampleSnapshot()
    clash.participants[1] = { ...clash.participants[1]!, id: theirs!.id }
    clash.ratings = clash.ratings.filter((r) => r.participantId === 'p-1')

    await expect(repos.snapshots.importSnapshot(clash, 'new')).rejects.toBeInstanceOf(
      ImportConflictError,
    )
    expect(await everyRow(db)).toEqual(before)
  })

  it('when the last write of a replace fails: the deletions are rolled back too', async () => {
    await repos.snapshots.importSnapshot(sampleSnapshot(), 'new')
    await bystander()
    const before = await everyRow(db)
    vi.spyOn(db.bets, 'bulkAdd').mockRejectedValue(new Error('disk full'))
    const fresh = sampleSnapshot()
    fresh.workshop.title = 'Replaced'

    await expect(repos.snapshots.importSnapshot(fresh, 'replace')).rejects.toThrow('disk full')
    expect(await everyRow(db)).toEqual(before)
  })

  it('when a keepBoth write fails halfway', async () => {
    await repos.snapshots.importSnapshot(sampleSnapshot(), 'new')
    const before = await everyRow(db)
    vi.spyOn(db.gapNotes, 'bulkAdd').mockRejectedValue(new Error('quota exceeded'))

    await expect(
      repos.snapshots.importSnapshot(sampleSnapshot(), 'keepBoth', 'Copy'),
    ).rejects.toThrow('quota exceeded')
    expect(await everyRow(db)).toEqual(before)
  })
})
