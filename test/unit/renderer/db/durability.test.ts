import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import {
  createRepositories,
  type Repositories,
  type VantageDatabase,
} from '../../../../renderer/src/db'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../helpers'

let db: VantageDatabase
let repos: Repositories
let spy: MockInstance<IDBDatabase['transaction']>

beforeEach(() => {
  // Installed before the database opens: Dexie binds the connection's transaction() on open.
  spy = vi.spyOn(IDBDatabase.prototype, 'transaction')
  db = freshDatabase()
  repos = createRepositories(db, testRecords())
})

afterEach(async () => {
  await dropDatabase(db)
  spy.mockRestore()
})

function readwriteCalls() {
  return spy.mock.calls.filter(([, mode]) => mode === 'readwrite')
}

describe('write durability', () => {
  it('opens every readwrite transaction with strict durability', async () => {
    const workshop = await repos.workshops.create(details(), testTemplate())
    const participant = await repos.participants.add(workshop.id, 'Ana')
    await repos.ratings.set({
      workshopId: workshop.id,
      participantId: participant.id,
      lensId: 'strategy',
      state: 'current',
      value: 4,
    })
    await repos.ratings.setConsensus(workshop.id, 'strategy', 'current', 4)
    await repos.cards.add({
      workshopId: workshop.id,
      lensId: 'strategy',
      column: 'target',
      text: 'card',
      tags: [],
    })
    await repos.workshops.updateDetails(workshop.id, { title: 'Renamed' })
    await repos.workshops.duplicate(workshop.id, 'Copy')
    await repos.workshops.softDelete(workshop.id)

    const calls = readwriteCalls()
    // One transaction per write above, at least; none may fall back to the relaxed default.
    expect(calls.length).toBeGreaterThanOrEqual(8)
    for (const [, , options] of calls) {
      expect(options).toEqual({ durability: 'strict' })
    }
  })

  it('a score write really goes through a strict readwrite transaction', async () => {
    const workshop = await repos.workshops.create(details(), testTemplate())
    spy.mockClear()

    await repos.ratings.setConsensus(workshop.id, 'delivery', 'target', 2)

    const calls = readwriteCalls()
    expect(calls).toHaveLength(1)
    const [storeNames, , options] = calls[0]!
    expect([...(storeNames as Iterable<string>)].sort()).toEqual(['consensus', 'workshops'])
    expect(options).toEqual({ durability: 'strict' })
  })

  it('writes the template library with strict durability too', async () => {
    spy.mockClear()
    const created = await repos.templates.create('Offsite lenses')
    await repos.templates.put({ ...created, name: 'Renamed' })
    await repos.templates.duplicate(created.id)
    await repos.templates.softDelete(created.id)
    await repos.templates.restore(created.id)
    await repos.templates.importTemplate(testTemplate(), 'keepBoth')

    const calls = readwriteCalls()
    expect(calls.length).toBeGreaterThanOrEqual(6)
    for (const [, , options] of calls) expect(options).toEqual({ durability: 'strict' })
  })
})
