// Rolling backups against a real temp folder: atomic writes, the rotation policy, listing and
// reading back, and failures that never touch the backups already there.
import { chmod, mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_ID_PATTERN } from '../../../../../shared/ipc/contract'
import {
  backupFileName,
  backupsToDelete,
  createBackupStore,
  parseBackupFileName,
  type BackupFile,
  type BackupStoreOptions,
} from '../../../../../electron/main/services/backups'
import { faultyFileSystem, filesIn, osError, runningAsRoot, useTempFolder } from './fsHelpers'

const sandbox = useTempFolder('backups')
const backupsDir = () => path.join(sandbox(), 'backups')

const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'
const OTHER = 'b7e0c1d2-0000-4000-8000-000000000002'
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

function session(id: string, title: string, note = ''): string {
  return JSON.stringify({
    format: 'vantage-session',
    version: 1,
    exportedAt: '2025-01-15T12:00:00.000Z',
    workshop: { id, title, note },
  })
}

/** A clock that hands out the given times, one per call. */
function clock(...times: Date[]): () => Date {
  let index = 0
  return () => {
    const time = times[Math.min(index, times.length - 1)]
    index += 1
    if (time === undefined) throw new Error('no time given')
    return time
  }
}

function store(options: Partial<BackupStoreOptions> = {}) {
  return createBackupStore({ dir: backupsDir(), ...options })
}

const noon = (day: number, seconds = 0) => new Date(2025, 0, day, 12, 0, seconds)

describe('backup file names', () => {
  it('name the workshop and the UTC time to the millisecond, as BACKUP_ID_PATTERN wants', () => {
    const time = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678))
    const name = backupFileName(WORKSHOP, time)
    expect(name).toBe(`${WORKSHOP}--20250102T030405678Z.vantage`)
    expect(name).toMatch(BACKUP_ID_PATTERN)
    expect(parseBackupFileName(name)).toEqual({ id: name, key: WORKSHOP, time: time.getTime() })
  })

  it('read back names without milliseconds and keys that contain `--`', () => {
    expect(parseBackupFileName('a--b--20250102T030405Z.vantage')).toEqual({
      id: 'a--b--20250102T030405Z.vantage',
      key: 'a--b',
      time: Date.UTC(2025, 0, 2, 3, 4, 5),
    })
  })

  it('refuse anything else, impossible dates included', () => {
    for (const name of [
      'notes.txt',
      'session.vantage',
      `${WORKSHOP}--20250102T030405678Z.vantage.tmp`,
      `.${WORKSHOP}--20250102T030405678Z.vantage.0123456789ab.tmp`,
      `${WORKSHOP}--20251302T030405678Z.vantage`,
      `${WORKSHOP}--20250230T030405678Z.vantage`,
      `${WORKSHOP}--20250102T250405678Z.vantage`,
      `../${WORKSHOP}--20250102T030405678Z.vantage`,
    ]) {
      expect(parseBackupFileName(name), name).toBeNull()
    }
  })
})

describe('backupsToDelete', () => {
  const entry = (key: string, time: number): BackupFile => ({
    id: backupFileName(key, new Date(time)),
    key,
    time,
  })

  it('keeps the last 20 and the newest of each of the last 14 days', () => {
    const now = noon(31).getTime()
    const today = Array.from({ length: 50 }, (_, i) => entry('w', now - i * 60_000))
    const earlierDays = Array.from({ length: 30 }, (_, i) => [
      entry('w', noon(30 - i).getTime() + HOUR),
      entry('w', noon(30 - i).getTime()),
    ]).flat()
    const doomed = new Set(backupsToDelete([...today, ...earlierDays], now).map((e) => e.id))
    const kept = [...today, ...earlierDays].filter((e) => !doomed.has(e.id))
    // 20 from today, then the later backup of each of the 13 days before it.
    expect(kept).toHaveLength(33)
    expect(kept.slice(0, 20)).toEqual(today.slice(0, 20))
    expect(kept.slice(20).map((e) => new Date(e.time).getDate())).toEqual(
      Array.from({ length: 13 }, (_, i) => 30 - i),
    )
    expect(kept.slice(20).every((e) => new Date(e.time).getHours() === 13)).toBe(true)
  })

  it('rotates each workshop on its own', () => {
    const now = noon(31).getTime()
    const many = (key: string) => Array.from({ length: 25 }, (_, i) => entry(key, now - i * 1000))
    const doomed = backupsToDelete([...many('a'), ...many('b'), entry('c', now - 100 * DAY)], now)
    expect(doomed.filter((e) => e.key === 'a')).toHaveLength(5)
    expect(doomed.filter((e) => e.key === 'b')).toHaveLength(5)
    expect(doomed.filter((e) => e.key === 'c')).toEqual([])
  })

  it('matches the policy for any set of times', () => {
    const dayOf = (time: number) => new Date(time).toDateString()
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.uniqueArray(fc.integer({ min: -45 * DAY, max: 2 * HOUR }), {
          maxLength: 120,
          size: 'max',
        }),
        fc.uniqueArray(fc.integer({ min: -45 * DAY, max: 2 * HOUR }), {
          maxLength: 40,
          size: 'max',
        }),
        (now, offsetsA, offsetsB) => {
          const entries = [
            ...offsetsA.map((offset) => entry('a', now + offset)),
            ...offsetsB.map((offset) => entry('b', now + offset)),
          ]
          const doomed = backupsToDelete(entries, now)
          const doomedIds = new Set(doomed.map((e) => e.id))
          expect(doomedIds.size).toBe(doomed.length)

          const today = new Date(now)
          const windowDays = new Set(
            Array.from({ length: 14 }, (_, i) =>
              new Date(today.getFullYear(), today.getMonth(), today.getDate() - i).toDateString(),
            ),
          )
          for (const key of ['a', 'b']) {
            const group = entries.filter((e) => e.key === key).sort((x, y) => y.time - x.time)
            const lastTwenty = new Set(group.slice(0, 20).map((e) => e.id))
            const newestOfDay = new Map<string, string>()
            for (const e of group) {
              const day = dayOf(e.time)
              if (windowDays.has(day) && !newestOfDay.has(day)) newestOfDay.set(day, e.id)
            }
            const mustKeep = new Set([...lastTwenty, ...newestOfDay.values()])
            for (const e of group) expect(doomedIds.has(e.id), e.id).toBe(!mustKeep.has(e.id))
            expect(
              group.length - group.filter((e) => doomedIds.has(e.id)).length,
            ).toBeLessThanOrEqual(34)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('createBackupStore', () => {
  it('writes the session JSON itself into a new backups folder, leaving no temp file', async () => {
    const time = new Date(Date.UTC(2025, 0, 15, 9, 30, 0, 250))
    const contents = session(WORKSHOP, 'Offsite')
    const entry = await store({ now: clock(time) }).write({
      workshopId: WORKSHOP,
      title: 'Offsite',
      contents,
    })
    expect(entry).toEqual({
      id: `${WORKSHOP}--20250115T093000250Z.vantage`,
      workshopId: WORKSHOP,
      title: 'Offsite',
      savedAt: '2025-01-15T09:30:00.250Z',
      size: Buffer.byteLength(contents),
    })
    expect(await filesIn(backupsDir())).toEqual([entry.id])
    expect(await readFile(path.join(backupsDir(), entry.id), 'utf8')).toBe(contents)
  })

  it('reads a backup back by its id', async () => {
    const backups = store()
    const contents = session(WORKSHOP, 'Équipe de direction')
    const { id } = await backups.write({ workshopId: WORKSHOP, title: 'x', contents })
    expect(await backups.read(id)).toBe(contents)
  })

  it('keeps 20 backups of a busy day, deleting the oldest, and leaves other workshops alone', async () => {
    const times = Array.from({ length: 26 }, (_, i) => noon(15, i))
    const backups = store({ now: clock(noon(15, 59), ...times) })
    const other = await backups.write({ workshopId: OTHER, title: 'Other', contents: '{}' })
    const written = []
    for (let i = 0; i < times.length; i += 1) {
      written.push(
        await backups.write({ workshopId: WORKSHOP, title: 'W', contents: `{"n":${i}}` }),
      )
    }
    const files = await filesIn(backupsDir())
    expect(files).toHaveLength(21)
    expect(files).toContain(other.id)
    expect(files).toEqual([other.id, ...written.slice(6).map((e) => e.id)].sort())
  })

  it('keeps one backup a day for 14 days on top of the last 20', async () => {
    // Four backups a day, at 09:00, 12:00, 15:00 and 18:00, for 30 days.
    const times = Array.from({ length: 30 }, (_, day) =>
      [9, 12, 15, 18].map((hour) => new Date(2025, 0, day + 1, hour)),
    ).flat()
    const backups = store({ now: clock(...times) })
    for (const _time of times) {
      await backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{}' })
    }
    const kept = (await backups.list()).map((e) => new Date(e.savedAt))
    // The last 20 cover days 26-30 (5 days); days 17-25 add one each, their 18:00 backup.
    expect(kept).toHaveLength(29)
    expect(kept.slice(20).map((d) => [d.getDate(), d.getHours()])).toEqual(
      Array.from({ length: 9 }, (_, i) => [25 - i, 18]),
    )
  })

  it('lists backups newest first with title, workshop, time and size, reading titles from the file', async () => {
    const backups = store({ now: clock(noon(10), noon(11), noon(12)) })
    const first = await backups.write({
      workshopId: WORKSHOP,
      title: 'Offsite',
      contents: session(WORKSHOP, 'Offsite'),
    })
    await backups.write({ workshopId: OTHER, title: 'Other', contents: session(OTHER, 'Other') })
    await backups.write({
      workshopId: WORKSHOP,
      title: 'Offsite, renamed',
      contents: session(WORKSHOP, 'Offsite, renamed'),
    })
    const listed = await backups.list()
    expect(listed.map((e) => [e.workshopId, e.title])).toEqual([
      [WORKSHOP, 'Offsite, renamed'],
      [OTHER, 'Other'],
      [WORKSHOP, 'Offsite'],
    ])
    expect(listed[2]).toEqual(first)

    // A fresh store (the app restarted) finds the same from the files alone.
    expect(await store().list()).toEqual(listed)
  })

  it('lists a backup it cannot make sense of under its file name, without a title', async () => {
    await mkdir(backupsDir(), { recursive: true })
    const id = `${WORKSHOP}--20250115T093000000Z.vantage`
    await writeFile(path.join(backupsDir(), id), 'not json')
    expect(await store().list()).toEqual([
      { id, workshopId: WORKSHOP, title: '', savedAt: '2025-01-15T09:30:00.000Z', size: 8 },
    ])
  })

  it('ignores foreign files, folders, temp files and symlinks in the folder', async () => {
    const backups = store()
    const { id } = await backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{}' })
    const dir = backupsDir()
    await writeFile(path.join(dir, 'notes.txt'), 'mine')
    await writeFile(path.join(dir, 'session.vantage'), '{}')
    await writeFile(path.join(dir, `.${id}.0123456789ab.tmp`), '{')
    await mkdir(path.join(dir, `${OTHER}--20250101T000000000Z.vantage`))
    await writeFile(path.join(sandbox(), 'outside.vantage'), session(OTHER, 'Outside'))
    await symlink(
      path.join(sandbox(), 'outside.vantage'),
      path.join(dir, `${OTHER}--20250102T000000000Z.vantage`),
    )
    expect((await backups.list()).map((e) => e.id)).toEqual([id])
  })

  it('refuses ids that main could not have given', async () => {
    const backups = store()
    await backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{}' })
    await writeFile(path.join(sandbox(), 'secret.vantage'), 'secret')
    for (const id of [
      '../secret.vantage',
      `../backups/${WORKSHOP}--20250115T093000000Z.vantage`,
      `${WORKSHOP}--20250115T093000000Z.vantage/..`,
      'notes.txt',
      '',
      `${WORKSHOP}--20251340T093000000Z.vantage`,
    ]) {
      await expect(backups.read(id), id).rejects.toThrow('There is no such backup.')
    }
  })

  it('refuses a symlink pointing outside the folder, even with a valid name', async () => {
    const backups = store()
    await backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{}' })
    await writeFile(path.join(sandbox(), 'secret.vantage'), 'secret')
    const id = `${OTHER}--20250102T000000000Z.vantage`
    await symlink(path.join(sandbox(), 'secret.vantage'), path.join(backupsDir(), id))
    await expect(backups.read(id)).rejects.toThrow('There is no such backup.')
  })

  it('says so plainly when the backup is gone', async () => {
    await expect(store().read(`${WORKSHOP}--20250115T093000000Z.vantage`)).rejects.toThrow(
      'There is no such backup.',
    )
    expect(await store().list()).toEqual([])
  })

  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /not allowed to write/],
  ])(
    'a %s on write is a plain error, and the previous backups stay as they were',
    async (code, sentence) => {
      const times = Array.from({ length: 21 }, (_, i) => noon(15, i))
      let failing = false
      const fs = faultyFileSystem({
        write: () => {
          if (failing) throw osError(code, 'no space')
        },
      })
      const backups = store({ fs, now: clock(...times) })
      for (let i = 0; i < 20; i += 1) {
        await backups.write({
          workshopId: WORKSHOP,
          title: 'W',
          contents: session(WORKSHOP, `v${i}`),
        })
      }
      const before = await filesIn(backupsDir())
      const newest = before.at(-1) ?? ''

      failing = true
      await expect(
        backups.write({ workshopId: WORKSHOP, title: 'W', contents: session(WORKSHOP, 'v20') }),
      ).rejects.toThrow(sentence)
      // No temp file, nothing rotated away, the newest backup byte for byte the same.
      expect(await filesIn(backupsDir())).toEqual(before)
      expect(await backups.read(newest)).toBe(session(WORKSHOP, 'v19'))
    },
  )

  it('a folder it may not write in (chmod 0o500) fails plainly and keeps the old backup', async () => {
    const backups = store({ now: clock(noon(15, 0), noon(15, 1)) })
    const first = await backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{"v":1}' })
    await chmod(backupsDir(), 0o500)
    try {
      const second = backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{"v":2}' })
      if (runningAsRoot) {
        // Root ignores folder permissions, so the refusal cannot happen; the write goes through
        // and the earlier backup is still there beside it (the injected EACCES above covers it).
        await expect(second).resolves.toMatchObject({ workshopId: WORKSHOP })
      } else {
        await expect(second).rejects.toThrow(/not allowed to write/)
        expect(await filesIn(backupsDir())).toEqual([first.id])
      }
      expect(await backups.read(first.id)).toBe('{"v":1}')
    } finally {
      await chmod(backupsDir(), 0o700)
    }
  })

  it('still answers a written backup when rotation cannot delete, keeping the extra files', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const fs = faultyFileSystem({
      unlink: () => {
        throw osError('EACCES')
      },
    })
    const times = Array.from({ length: 21 }, (_, i) => noon(15, i))
    const backups = store({ fs, now: clock(...times) })
    for (const _time of times) {
      await backups.write({ workshopId: WORKSHOP, title: 'W', contents: '{}' })
    }
    expect(await filesIn(backupsDir())).toHaveLength(21)
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })

  it('removes temp files a crash left behind, once they are old', async () => {
    await mkdir(backupsDir(), { recursive: true })
    const stale = path.join(
      backupsDir(),
      `.${WORKSHOP}--20250101T000000000Z.vantage.0123456789ab.tmp`,
    )
    const fresh = path.join(
      backupsDir(),
      `.${WORKSHOP}--20250115T115959000Z.vantage.ba9876543210.tmp`,
    )
    await writeFile(stale, '{"half":')
    await writeFile(fresh, '{"half":')
    const now = new Date()
    await utimes(stale, new Date(now.getTime() - 2 * HOUR), new Date(now.getTime() - 2 * HOUR))
    const { id } = await store({ now: () => now }).write({
      workshopId: WORKSHOP,
      title: 'W',
      contents: '{}',
    })
    expect(await filesIn(backupsDir())).toEqual([path.basename(fresh), id].sort())
  })

  it('writes one at a time, so concurrent writes all land and rotate cleanly', async () => {
    const times = Array.from({ length: 24 }, (_, i) => noon(15, i))
    const backups = store({ now: clock(...times) })
    const entries = await Promise.all(
      times.map((_, i) =>
        backups.write({ workshopId: WORKSHOP, title: 'W', contents: `{"n":${i}}` }),
      ),
    )
    expect(new Set(entries.map((e) => e.id)).size).toBe(24)
    expect(await filesIn(backupsDir())).toEqual(
      entries
        .slice(4)
        .map((e) => e.id)
        .sort(),
    )
  })

  it('refuses a snapshot over the size limit without writing anything', async () => {
    const backups = store()
    const huge = 'x'.repeat(50 * 1024 * 1024 + 1)
    await expect(
      backups.write({ workshopId: WORKSHOP, title: 'W', contents: huge }),
    ).rejects.toThrow(/too large/)
    expect(await backups.list()).toEqual([])
  })
})
