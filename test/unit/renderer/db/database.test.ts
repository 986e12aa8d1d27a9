import { Dexie } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VantageDatabase, watchForNewerVersion } from '../../../../renderer/src/db'
import { dropDatabase, freshDatabase } from '../helpers'

const opened: Dexie[] = []

afterEach(async () => {
  const dbs = opened.splice(0)
  // Close every connection first: deleting while another one is open would block on it.
  for (const db of dbs) db.close()
  for (const db of dbs) await db.delete()
})

describe('VantageDatabase', () => {
  it('opens with the nine workshop tables, and the projector state and template library beside them', async () => {
    const db = freshDatabase()
    opened.push(db)
    await db.open()
    const workshopTables = [
      'bets',
      'cards',
      'consensus',
      'gapNotes',
      'mapElements',
      'participants',
      'ratings',
      'votes',
      'workshops',
    ]
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...workshopTables, 'presenter', 'templates'].sort(),
    )
    // Display state is not part of a workshop: not exported, copied or undone with it.
    expect(db.workshopTables.map((t) => t.name).sort()).toEqual(workshopTables.sort())
  })

  it('uses the fixed name "vantage" by default, which must never change', () => {
    const db = new VantageDatabase()
    expect(db.name).toBe('vantage')
    db.close()
  })
})

describe('watchForNewerVersion', () => {
  it('closes this connection and tells the app when a newer version opens the database', async () => {
    const name = `test-${crypto.randomUUID()}`
    const db = new VantageDatabase(name)
    opened.push(db)
    const onReplaced = vi.fn()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    watchForNewerVersion(db, onReplaced)
    await db.workshops.count()
    expect(db.isOpen()).toBe(true)

    const newer = new Dexie(name)
    newer.version(2).stores({
      workshops: 'id, updatedAt, title',
      participants: 'id, workshopId',
      ratings: 'id, workshopId, [workshopId+lensId+state]',
      consensus: 'id, workshopId',
      cards: 'id, workshopId, [workshopId+lensId]',
      bets: 'id, workshopId',
    })
    opened.push(newer)
    // The upgrade can only finish if the old connection let go of the database.
    await newer.open()

    expect(onReplaced).toHaveBeenCalledTimes(1)
    expect(db.isOpen()).toBe(false)
    expect(newer.verno).toBe(2)
    // The old connection stays closed instead of silently reopening against the new schema.
    await expect(db.workshops.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    warn.mockRestore()
  })

  it('does nothing until another connection asks for an upgrade', async () => {
    const db = freshDatabase()
    const onReplaced = vi.fn()
    watchForNewerVersion(db, onReplaced)
    await db.workshops.count()
    expect(onReplaced).not.toHaveBeenCalled()
    expect(db.isOpen()).toBe(true)
    await dropDatabase(db)
  })
})
