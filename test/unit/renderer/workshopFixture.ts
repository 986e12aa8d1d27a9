/**
 * The set-up most renderer tests share: for each test, fresh services over a fresh database with
 * one workshop in it (not opened yet), and afterwards the mocks restored, the screen cleaned up and
 * the database dropped. Feature fixtures build on it.
 */
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../renderer/src/db'
import type { AppServices } from '../../../renderer/src/store/appServices'
import { dropDatabase, servicesWithWorkshop, testRecords, type TestRecords } from './helpers'

/** Registers the set-up and tear-down of each test; call once at the top of a test file. */
export function workshopFixture() {
  let db: VantageDatabase
  let services: AppServices
  let records: TestRecords
  let workshop: Workshop

  beforeEach(async () => {
    records = testRecords()
    ;({ db, services, workshop } = await servicesWithWorkshop(records))
  })

  afterEach(async () => {
    vi.restoreAllMocks()
    cleanup()
    // Writes a test's full disk refused are retried until they land: let them, first.
    if (services.saveStatus.store.getState().refusal)
      await vi.waitFor(() => expect(services.saveStatus.store.getState().pending).toBe(0))
    await dropDatabase(db)
  })

  return {
    get db() {
      return db
    },
    get services() {
      return services
    },
    get records() {
      return records
    },
    get workshop() {
      return workshop
    },
  }
}
