import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackupEntry } from '@shared/ipc'
import { serializeSession } from '@shared/schema/sessionFile'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { switchLanguage } from '../../../../../renderer/src/i18n'
import {
  backUpWorkshop,
  latestPerWorkshop,
  restoreBackup,
} from '../../../../../renderer/src/features/files/backups'
import { fileNameFor } from '../../../../../renderer/src/features/files/fileNames'
import {
  checkSessionText,
  importSnapshot,
} from '../../../../../renderer/src/features/files/sessionImport'
import type { PlatformBackups } from '../../../../../renderer/src/platform/types'
import { createAppServices, type AppServices } from '../../../../../renderer/src/store/appServices'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'

let db: VantageDatabase
let services: AppServices

beforeEach(() => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
})

afterEach(async () => {
  await switchLanguage('en')
  await dropDatabase(db)
})

/** Backups kept in memory, as main would keep them on disk. */
function memoryBackups(): PlatformBackups & { files: Map<string, string> } {
  const files = new Map<string, string>()
  const entries: BackupEntry[] = []
  return {
    files,
    async write(workshopId, title, contents) {
      const entry = {
        id: `${workshopId}--2026112${entries.length}T120000Z.vantage`,
        workshopId,
        title,
        savedAt: new Date(Date.UTC(2026, 10, 21, 12, entries.length)).toISOString(),
        size: contents.length,
      }
      entries.push(entry)
      files.set(entry.id, contents)
      return entry
    },
    list: async () => [...entries],
    read: async (id) => files.get(id) ?? '',
  }
}

async function workshopWithPeople(title = 'Spring offsite') {
  const workshop = await services.repositories.workshops.create(details({ title }), testTemplate())
  await services.workshop.actions.open(workshop.id)
  await services.edits.addParticipant('Amara Okafor')
  await services.edits.rate(
    services.workshop.store.getState().data!.participants[0]!.id,
    'strategy',
    'current',
    3,
  )
  return workshop
}

describe('fileNameFor', () => {
  it('keeps the title readable and drops what file systems refuse', () => {
    expect(fileNameFor('Leadership offsite, spring', 'vantage')).toBe(
      'Leadership offsite, spring.vantage',
    )
    expect(fileNameFor('Q3: plan / review?', 'pdf')).toBe('Q3 plan review.pdf')
    expect(fileNameFor('   ', 'csv')).toBe('Vantage workshop.csv')
  })
})

describe('opening a session file', () => {
  it('says what is wrong with a bad file and writes nothing', async () => {
    const check = await checkSessionText(services, '{"format":"vantage-session","version":1,')
    expect(check.kind).toBe('invalid')
    expect(check.kind === 'invalid' && check.detail.length).toBeGreaterThan(10)
    expect(await db.workshops.count()).toBe(0)
  })

  it('says it in the app’s language: German for the dialog, French for a backup restored', async () => {
    await switchLanguage('de')
    expect(await checkSessionText(services, '{"format":"vantage-session","version":99}')).toEqual({
      kind: 'invalid',
      detail:
        'Diese Datei wurde mit einer neueren Version von Vantage erstellt (Version 99); aktualisieren Sie Vantage, um sie zu öffnen.',
    })
    await switchLanguage('fr')
    const backups = memoryBackups()
    const entry = await backups.write('w-1', 'Spring offsite', '')
    await expect(restoreBackup(services, backups, entry)).rejects.toThrow('Le fichier est vide.')
  })

  it('knows when the workshop is already here, and keeps both under a new title', async () => {
    const workshop = await workshopWithPeople()
    const text = serializeSession(
      await services.repositories.snapshots.readSnapshot(workshop.id),
      new Date(),
    )
    const check = await checkSessionText(services, text)
    expect(check).toMatchObject({ kind: 'ready', exists: true })
    if (check.kind !== 'ready') return
    const copyId = await importSnapshot(services, check.snapshot, 'keepBoth')
    expect(copyId).not.toBe(workshop.id)
    expect((await db.workshops.get(copyId))?.title).toBe('Spring offsite (from file)')
    expect(await db.ratings.where({ workshopId: copyId }).count()).toBe(1)
  })

  it('opens the workshop as written, just as a read from disk would show it', async () => {
    const workshop = await workshopWithPeople()
    for (const name of ['Zoe Brandt', 'Ben Li']) await services.edits.addParticipant(name)
    await services.edits.moveParticipant(2, 0)
    for (const [i, person] of services.workshop.store.getState().data!.participants.entries())
      await services.edits.rate(person.id, 'discovery', 'target', (i + 2) as 2)
    await services.edits.addCard('strategy', 'current', 'Roadmap is a feature list')
    await services.edits.addCard('strategy', 'current', 'Two priority #1s')
    await services.edits.moveCard(
      services.workshop.store.getState().data!.cards[1]!.id,
      'current',
      0,
    )
    const text = serializeSession(
      await services.repositories.snapshots.readSnapshot(workshop.id),
      new Date(),
    )
    const check = await checkSessionText(services, text)
    if (check.kind !== 'ready') throw new Error('the file should be ready to open')
    const copyId = await importSnapshot(services, check.snapshot, 'keepBoth')
    const shown = services.workshop.store.getState()
    expect(shown.status).toBe('ready')
    expect(shown.data?.workshop.id).toBe(copyId)

    services.workshop.actions.close()
    await services.workshop.actions.open(copyId)
    expect(services.workshop.store.getState().data).toEqual(shown.data)
  })
})

describe('backups', () => {
  it('restoring backs up the current state first, then brings the old one back', async () => {
    const workshop = await workshopWithPeople()
    const backups = memoryBackups()
    const first = await backUpWorkshop(services, backups, workshop.id)
    await services.edits.addParticipant('Jonas Weber')

    await restoreBackup(services, backups, first!)

    expect(await db.participants.where({ workshopId: workshop.id }).count()).toBe(1)
    const entries = await backups.list()
    expect(entries).toHaveLength(2)
    expect(backups.files.get(entries[1]!.id)).toContain('Jonas Weber')
  })

  it('offers the newest backup of each workshop', () => {
    const entry = (workshopId: string, savedAt: string) =>
      ({
        id: `${workshopId}${savedAt}`,
        workshopId,
        title: workshopId,
        savedAt,
        size: 1,
      }) as BackupEntry
    const latest = latestPerWorkshop([
      entry('a', '2026-11-20T10:00:00Z'),
      entry('b', '2026-11-21T09:00:00Z'),
      entry('a', '2026-11-21T10:00:00Z'),
    ])
    expect(latest.map((e) => `${e.workshopId}@${e.savedAt}`)).toEqual([
      'a@2026-11-21T10:00:00Z',
      'b@2026-11-21T09:00:00Z',
    ])
  })
})
