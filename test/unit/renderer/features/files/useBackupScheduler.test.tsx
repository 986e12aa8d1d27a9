// The backups of the open workshop: a while after a burst of edits, at once before a quit, and
// a failure said out loud.
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BACKUP_DELAY_MS,
  useBackupScheduler,
} from '../../../../../renderer/src/features/files/useBackupScheduler'
import { PlatformError } from '../../../../../renderer/src/platform/types'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { ServicesProvider } from '../../../../../renderer/src/store/context'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { installDesktop } from '../../fakeDesktop'
import { createAppServices } from '../../render'

// Test files share their modules, so the platform is made a desktop one per test, not mocked.
const host = installDesktop()
const written = () => host.backups.written

let db: VantageDatabase
let services: AppServices
let failure: string | null = null
let backUpNow: () => Promise<void> = async () => {}

function Probe() {
  const scheduler = useBackupScheduler()
  failure = scheduler.failure
  backUpNow = scheduler.backUpNow
  return null
}

beforeEach(async () => {
  failure = null
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  const workshop = await services.repositories.workshops.create(details(), testTemplate())
  await services.workshop.actions.open(workshop.id)
  render(
    <ServicesProvider services={services}>
      <Probe />
    </ServicesProvider>,
  )
})

afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  await dropDatabase(db)
})

async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(BACKUP_DELAY_MS)
    await new Promise((resolve) => setImmediate(resolve))
  })
}

describe('useBackupScheduler', () => {
  it('backs up the open workshop once, a while after a burst of edits', async () => {
    await services.edits.addParticipant('Amara Okafor')
    await services.edits.addParticipant('Jonas Weber')
    expect(written()).toHaveLength(0)
    await settle()
    await vi.waitFor(() => expect(written()).toHaveLength(1))
    expect(written()[0]!.contents).toContain('Jonas Weber')
  })

  it('backs up at once when asked before a quit, and waits for the write', async () => {
    await services.edits.addParticipant('Amara Okafor')
    await act(async () => {
      const done = backUpNow()
      expect(written()).toHaveLength(0)
      await done
    })
    expect(written()).toHaveLength(1)
    expect(written()[0]!.contents).toContain('Amara Okafor')
    // Nothing changed since: the backup on disk is already the last word, so none is added.
    await act(() => backUpNow())
    await settle()
    expect(written()).toHaveLength(1)
  })

  it('says so when a backup cannot be written', async () => {
    vi.mocked(host.backups.write).mockRejectedValueOnce(
      new PlatformError('failed', 'The disk is full, so the file could not be saved.', {
        code: 'diskFull',
      }),
    )
    await services.edits.addParticipant('Amara Okafor')
    await settle()
    await vi.waitFor(() => expect(failure).toBe('The disk is full. Free some space and try again.'))
  })
})
