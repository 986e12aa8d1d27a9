/**
 * The set-up every repository test shares: a fresh database per test, predictable ids and clock,
 * the repositories over them, and (unless asked not to) one workshop to work in.
 */
import { afterEach, beforeEach } from 'vitest'
import type { Workshop } from '@shared/domain'
import {
  createRepositories,
  type Repositories,
  type VantageDatabase,
} from '../../../../../renderer/src/db'
import {
  details,
  dropDatabase,
  freshDatabase,
  testRecords,
  testTemplate,
  type TestRecords,
} from '../../helpers'

export interface RepositoryFixture {
  db: VantageDatabase
  records: TestRecords
  repos: Repositories
  /** Undefined when created with `withWorkshop: false`. */
  workshop: Workshop
}

export function useRepositoryFixture(options: { withWorkshop?: boolean } = {}): RepositoryFixture {
  const fixture = {} as RepositoryFixture
  beforeEach(async () => {
    fixture.db = freshDatabase()
    fixture.records = testRecords()
    fixture.repos = createRepositories(fixture.db, fixture.records)
    if (options.withWorkshop !== false)
      fixture.workshop = await fixture.repos.workshops.create(details(), testTemplate())
  })
  afterEach(async () => {
    await dropDatabase(fixture.db)
  })
  return fixture
}
