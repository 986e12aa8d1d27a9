/**
 * Start-up's look at the installed database: a newer Vantage's database is reported with its
 * version, and the look itself opens, creates and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_NAME, VantageDatabase } from '../../../../renderer/src/db/database'
import {
  readInstalledDatabase,
  supportedNativeVersion,
} from '../../../../renderer/src/db/installedVersion'
import {
  deleteRawDatabase,
  listDatabases,
  readRawDatabase,
  writeAsNewerVantage,
} from './rawDatabase'

afterEach(async () => {
  await deleteRawDatabase(DATABASE_NAME)
})

describe('readInstalledDatabase', () => {
  it('compares with the version Dexie writes for the latest schema declared', async () => {
    const db = new VantageDatabase()
    await db.open()
    expect(db.backendDB().version).toBe(supportedNativeVersion(db))
    expect(supportedNativeVersion(db)).toBe(db.verno * 10)
    db.close()
  })

  it.each([80, 999])(
    'reports a database at version %i as newer and leaves it as it was',
    async (version) => {
      await writeAsNewerVantage(DATABASE_NAME, version)
      const before = await readRawDatabase(DATABASE_NAME)
      const db = new VantageDatabase()

      expect(await readInstalledDatabase(db)).toEqual({
        kind: 'newer',
        installedVersion: version,
        supportedVersion: supportedNativeVersion(db),
      })

      expect(db.isOpen()).toBe(false)
      expect(await readRawDatabase(DATABASE_NAME)).toEqual(before)
      expect(before.records).toEqual({ futurePlans: [{ id: 'p1', title: 'Later' }] })
    },
  )

  it('finds no database on a fresh machine, and does not create one by looking', async () => {
    expect(await readInstalledDatabase(new VantageDatabase())).toEqual({ kind: 'openable' })
    expect(await listDatabases()).not.toHaveProperty(DATABASE_NAME)
  })

  it('finds the database this version wrote openable', async () => {
    const db = new VantageDatabase()
    await db.open()
    db.close()
    expect(await readInstalledDatabase(db)).toEqual({ kind: 'openable' })
  })

  it('reads only the database of its own name', async () => {
    await writeAsNewerVantage(`${DATABASE_NAME}-other`, 999)
    expect(await readInstalledDatabase(new VantageDatabase())).toEqual({ kind: 'openable' })
    await deleteRawDatabase(`${DATABASE_NAME}-other`)
  })

  it('cannot tell when the browser keeps no list of its databases, or fails to give it', async () => {
    const db = new VantageDatabase()
    expect(await readInstalledDatabase(db, {})).toEqual({ kind: 'unknown' })
    const failing = { databases: () => Promise.reject(new Error('no list')) }
    expect(await readInstalledDatabase(db, failing)).toEqual({ kind: 'unknown' })
  })
})
