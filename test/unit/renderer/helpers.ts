/**
 * Builders shared by the renderer tests: a fresh database, predictable ids and a clock, and a disk
 * that refuses writes.
 */
import { vi } from 'vitest'
import type { Template, WorkshopDetails } from '@shared/domain'
import { MATURITY_LEVELS } from '@shared/domain'
import { VantageDatabase } from '../../../renderer/src/db'
import type { RecordFactory } from '../../../renderer/src/db'
import { createAppServices, type AppServices } from '../../../renderer/src/store/appServices'

export interface TestRecords extends RecordFactory {
  /** Moves the clock forward and returns the new time. */
  advance(ms?: number): number
  /** How many ids were handed out so far. */
  readonly issued: number
}

export const START_TIME = Date.UTC(2025, 0, 6, 9, 0, 0)

/** Counter ids ("id-0001", ...) and a clock that only moves when told to. */
export function testRecords(start = START_TIME): TestRecords {
  let counter = 0
  let time = start
  return {
    newId: () => `id-${String(++counter).padStart(4, '0')}`,
    now: () => time,
    advance(ms = 1_000) {
      time += ms
      return time
    },
    get issued() {
      return counter
    },
  }
}

/** A database of its own for one test; close and delete it in afterEach with `dropDatabase`. */
export function freshDatabase(): VantageDatabase {
  return new VantageDatabase(`test-${crypto.randomUUID()}`)
}

export async function dropDatabase(db: VantageDatabase): Promise<void> {
  db.close()
  await db.delete()
}

/** Fresh services over a fresh database holding one workshop (not opened yet). */
export async function servicesWithWorkshop(records: TestRecords = testRecords()) {
  const db = freshDatabase()
  const services = createAppServices(db, { records, template: testTemplate(), retry: QUICK_RETRY })
  const workshop = await services.repositories.workshops.create(details(), testTemplate())
  return { db, services, workshop }
}

export function details(overrides: Partial<WorkshopDetails> = {}): WorkshopDetails {
  return {
    title: 'Leadership offsite',
    organisation: 'Acme',
    date: '2025-03-14',
    facilitator: 'Robin',
    ...overrides,
  }
}

/** A small template of our own, so tests never depend on the shipped wording. */
export function testTemplate(lensIds: string[] = ['strategy', 'discovery', 'delivery']): Template {
  return {
    id: 'tpl-test',
    name: 'Test template',
    revision: 2,
    lenses: lensIds.map((id) => ({
      id,
      title: `Lens ${id}`,
      coreQuestion: `How mature is ${id}?`,
      prompts: [`What works in ${id}?`, `What hurts in ${id}?`],
      scale: MATURITY_LEVELS.map((level) => ({
        level,
        label: `Level ${level}`,
        description: `${id} at level ${level}`,
      })),
    })),
  }
}

/** Every row of every table, for "nothing changed" assertions. */
export async function snapshot(db: VantageDatabase) {
  const [workshops, participants, ratings, consensus, cards, bets] = await Promise.all([
    db.workshops.toArray(),
    db.participants.toArray(),
    db.ratings.toArray(),
    db.consensus.toArray(),
    db.cards.toArray(),
    db.bets.toArray(),
  ])
  return { workshops, participants, ratings, consensus, cards, bets }
}

/** Retries of refused writes this far apart, so tests see them land without waiting. */
export const QUICK_RETRY = { retryDelaysMs: [5] } as const

/**
 * The disk is full while `refusing` is set: every write of a workshop's edits is refused the way
 * Chromium refuses it, and every attempt is counted. The real write goes on once it is cleared.
 */
export function refuseWrites(services: AppServices) {
  const changes = services.repositories.changes
  const apply = changes.apply.bind(changes)
  const disk = { refusing: true, attempts: 0 }
  vi.spyOn(changes, 'apply').mockImplementation(async (...args) => {
    disk.attempts++
    if (disk.refusing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return apply(...args)
  })
  return disk
}
