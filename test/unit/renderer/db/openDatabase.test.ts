/**
 * Start-up's first step: the database is opened only when no newer Vantage wrote it, whether
 * the browser's list of databases says so or, without a list, the guard inside the open does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DATABASE_NAME, VantageDatabase } from '../../../../renderer/src/db/database'
import { openUnlessNewer } from '../../../../renderer/src/db/openDatabase'
import { deleteRawDatabase, readRawDatabase, writeAsNewerVantage } from './rawDatabase'

const opened: VantageDatabase[] = []

function database(): VantageDatabase {
  const db = new VantageDatabase(DATABASE_NAME)
  opened.push(db)
  return db
}

/** A browser that keeps no list of its databases: only the guard inside the open can tell. */
const NO_LIST = {}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close()
  await deleteRawDatabase(DATABASE_NAME)
})

describe('openUnlessNewer', () => {
  it('says newer without opening anything when the list shows a newer database', async () => {
    await writeAsNewerVantage(DATABASE_NAME, 999)
    const before = await readRawDatabase(DATABASE_NAME)
    const db = database()
    const open = vi.spyOn(db, 'open')

    expect(await openUnlessNewer(db)).toBe('newer')

    expect(open).not.toHaveBeenCalled()
    expect(await readRawDatabase(DATABASE_NAME)).toEqual(before)
  })

  it('says newer when only the open can tell, and still changes nothing', async () => {
    await writeAsNewerVantage(DATABASE_NAME, 80)
    const before = await readRawDatabase(DATABASE_NAME)
    const db = database()

    expect(await openUnlessNewer(db, NO_LIST)).toBe('newer')

    expect(db.isOpen()).toBe(false)
    expect(await readRawDatabase(DATABASE_NAME)).toEqual(before)
  })

  it('opens a new database, and ours again, with or without the list', async () => {
    const first = database()
    expect(await openUnlessNewer(first)).toBe('opened')
    expect(first.isOpen()).toBe(true)
    await first.workshops.put({ id: 'w1', title: 'Spring offsite' } as never)
    first.close()

    const again = database()
    expect(await openUnlessNewer(again, NO_LIST)).toBe('opened')
    expect(await again.workshops.get('w1')).toMatchObject({ title: 'Spring offsite' })
  })

  it('says failed for any other trouble, leaving the screens to report it', async () => {
    const db = database()
    vi.spyOn(db, 'open').mockRejectedValue(new Error('disk full'))
    expect(await openUnlessNewer(db)).toBe('failed')
  })
})
