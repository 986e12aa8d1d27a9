/**
 * The guard inside the database: a VantageDatabase opened over a newer Vantage's database fails
 * with NewerDatabaseError and leaves it exactly as it was, version, stores and records.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATABASE_NAME, VantageDatabase } from '../../../../renderer/src/db/database'
import { NewerDatabaseError } from '../../../../renderer/src/db/newerDatabase'
import {
  deleteRawDatabase,
  listDatabases,
  readRawDatabase,
  writeAsNewerVantage,
} from './rawDatabase'

const opened: VantageDatabase[] = []

function database(): VantageDatabase {
  const db = new VantageDatabase(DATABASE_NAME)
  opened.push(db)
  return db
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close()
  await deleteRawDatabase(DATABASE_NAME)
  vi.restoreAllMocks()
})

describe('opening a database a newer Vantage wrote', () => {
  it.each([80, 999])('refuses one at version %i and changes nothing in it', async (version) => {
    // Were Dexie let through, it would add our tables and say so on the console.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await writeAsNewerVantage(DATABASE_NAME, version)
    const before = await readRawDatabase(DATABASE_NAME)

    const db = database()
    await expect(db.open()).rejects.toBeInstanceOf(NewerDatabaseError)

    expect(db.isOpen()).toBe(false)
    const after = await readRawDatabase(DATABASE_NAME)
    expect(after).toEqual(before)
    expect(after).toEqual({
      version,
      stores: ['futurePlans'],
      records: { futurePlans: [{ id: 'p1', title: 'Later' }] },
    })
    expect(warn).not.toHaveBeenCalled()
  })

  it('answers every read and write after the refusal with an error, and writes nothing', async () => {
    await writeAsNewerVantage(DATABASE_NAME, 80)
    const before = await readRawDatabase(DATABASE_NAME)
    const db = database()

    // No explicit open: the first query opens the database, as the app's screens do.
    await expect(db.workshops.count()).rejects.toMatchObject({
      name: 'DatabaseClosedError',
      inner: expect.any(NewerDatabaseError),
    })
    await expect(db.templates.put({ id: 't1' } as never)).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    })
    expect(await readRawDatabase(DATABASE_NAME)).toEqual(before)
  })

  it('refuses our own database once a newer Vantage raised it, and keeps every record', async () => {
    const ours = database()
    await ours.workshops.put({ id: 'w1', title: 'Spring offsite' } as never)
    ours.close()
    await writeAsNewerVantage(DATABASE_NAME, 90)
    const before = await readRawDatabase(DATABASE_NAME)
    expect(before.records.workshops).toEqual([{ id: 'w1', title: 'Spring offsite' }])

    await expect(database().open()).rejects.toBeInstanceOf(NewerDatabaseError)

    expect(await readRawDatabase(DATABASE_NAME)).toEqual(before)
  })
})

describe('opening a database this version can read', () => {
  it('still creates a new one at our version, and opens it again later', async () => {
    const db = database()
    await db.open()
    const version = db.backendDB().version
    expect(version).toBe(Math.round(db.verno * 10))
    db.close()

    await database().open()
    expect(await listDatabases()).toMatchObject({ [DATABASE_NAME]: version })
  })
})
