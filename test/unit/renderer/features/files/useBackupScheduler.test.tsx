import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupEntry } from '@shared/ipc'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { ServicesProvider } from '../../../../../renderer/src/store/context'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices } from '../../render'

const written: { workshopId: string; contents: string }[] = []
let failNext = false

vi.mock('../../../../../renderer/src/platform', () => ({
  platform: {
    kind: 'desktop',
    backups: {
      async write(workshopId: string, title: string, contents: string): Promise<BackupEntry> {
        if (failNext) {
          failNext = false
          throw new Error('The disk is full.')
        }
        written.push({ workshopId, contents })
        return { id: 'x', workshopId, title, savedAt: new Date().toISOString(), size: 1 }
      },
      list: async () => [],
      read: async () => '',
    },
  },
}))

const { useBackupScheduler, BACKUP_DELAY_MS } =
  await import('../../../../../renderer/src/features/files/useBackupScheduler')

let db: VantageDatabase
let services: AppServices
let failure: string | null = null

function Probe() {
  failure = useBackupScheduler()
  return null
}

beforeEach(async () => {
  written.length = 0
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
    expect(written).toHaveLength(0)
    await settle()
    await vi.waitFor(() => expect(written).toHaveLength(1))
    expect(written[0]!.contents).toContain('Jonas Weber')
  })

  it('says so when a backup cannot be written', async () => {
    failNext = true
    await services.edits.addParticipant('Amara Okafor')
    await settle()
    await vi.waitFor(() => expect(failure).toBe('The disk is full.'))
  })
})
