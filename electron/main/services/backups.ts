/**
 * Rolling backups of each workshop in the app's own backups folder. A backup is the session JSON
 * itself, named `<workshop key>--<UTC time>Z.vantage`; the folder is the only record of what
 * exists (no index to fall out of step). Writes are atomic, then rotation deletes what the
 * policy no longer keeps; reads accept only names main gave out, strictly inside the folder.
 */
import { constants } from 'node:fs'
import { lstat, mkdir, open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  BACKUP_ID_PATTERN,
  MAX_SESSION_FILE_BYTES,
  type BackupEntry,
} from '../../../shared/ipc/contract'
import {
  errorCode,
  FileOperationError,
  nodeFileSystem,
  TEMP_FILE_PATTERN,
  toFileOperationError,
  writeFileAtomic,
  type FileSystem,
} from './atomicFile'
import { backupKeyFor } from './fileNames'

export const BACKUPS_FOLDER_NAME = 'backups'

/** Per workshop: the newest `keepLast`, plus the newest of each of the last `keepDays` days. */
export interface RotationPolicy {
  keepLast: number
  keepDays: number
}

export const DEFAULT_ROTATION: RotationPolicy = { keepLast: 20, keepDays: 14 }

/** What a backup's file name says about it. */
export interface BackupFile {
  id: string
  /** The workshop's key (its id, cleaned for a file name). */
  key: string
  /** When it was written, ms since the epoch. */
  time: number
}

const NAME_PATTERN = /^(.+)--(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z\.vantage$/

/** `key--20250102T030405678Z.vantage`: sortable, readable, and matching BACKUP_ID_PATTERN. */
export function backupFileName(key: string, time: Date): string {
  const stamp = time.toISOString().replace(/[-:.]/g, '')
  return `${key}--${stamp}.vantage`
}

/** The backup a file name stands for, or null for anything that is not one of ours. */
export function parseBackupFileName(name: string): BackupFile | null {
  if (!BACKUP_ID_PATTERN.test(name)) return null
  const match = NAME_PATTERN.exec(name)
  if (match === null) return null
  const [, key = '', year, month, day, hour, minute, second, ms = '000'] = match
  const parts = [year, month, day, hour, minute, second, ms].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const time = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], parts[6])
  // Date.UTC rolls 20251340 over into the next year; a real stamp reads back the same.
  const check = new Date(time)
  if (check.getUTCMonth() !== parts[1] - 1 || check.getUTCDate() !== parts[2]) return null
  if (check.getUTCHours() !== parts[3] || check.getUTCMinutes() !== parts[4]) return null
  if (check.getUTCSeconds() !== parts[5]) return null
  return { id: name, key, time }
}

/** The local calendar day of `time`, as a number that sorts like the days do. */
function localDay(time: number): number {
  const date = new Date(time)
  return date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate()
}

function newestFirst(a: BackupFile, b: BackupFile): number {
  return b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/**
 * The backups the rotation policy no longer keeps. Per workshop it keeps the `keepLast` newest,
 * and the newest of each local calendar day among today and the `keepDays - 1` days before;
 * everything else goes. Pure, so the policy is tested on its own.
 */
export function backupsToDelete(
  entries: readonly BackupFile[],
  now: Date | number,
  policy: RotationPolicy = DEFAULT_ROTATION,
): BackupFile[] {
  const today = new Date(now)
  const windowStart = new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() - (policy.keepDays - 1),
  ).getTime()
  const windowEnd = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime()

  const byWorkshop = new Map<string, BackupFile[]>()
  for (const entry of entries)
    byWorkshop.set(entry.key, [...(byWorkshop.get(entry.key) ?? []), entry])

  const doomed: BackupFile[] = []
  for (const group of byWorkshop.values()) {
    const sorted = [...group].sort(newestFirst)
    const daysSeen = new Set<number>()
    sorted.forEach((entry, index) => {
      let keep = index < policy.keepLast
      if (entry.time >= windowStart && entry.time < windowEnd) {
        const day = localDay(entry.time)
        if (!daysSeen.has(day)) {
          daysSeen.add(day)
          keep = true
        }
      }
      if (!keep) doomed.push(entry)
    })
  }
  return doomed
}

export interface BackupStoreOptions {
  /** The backups folder, inside userData. */
  dir: string
  /** Writes and deletions go through this; node's file system unless a test says otherwise. */
  fs?: FileSystem
  now?: () => Date
  policy?: RotationPolicy
}

export interface BackupWrite {
  workshopId: string
  title: string
  contents: string
}

export interface BackupStore {
  write(backup: BackupWrite): Promise<BackupEntry>
  /** Every backup in the folder, newest first. */
  list(): Promise<BackupEntry[]>
  /** One backup's contents, by an id from list() or write(). */
  read(id: string): Promise<string>
}

// A temp file this old belongs to a write that never finished (a crash or a power cut).
const STALE_TEMP_MS = 60 * 60 * 1000

const NOT_A_BACKUP = 'There is no such backup.'
const NO_SUCH_BACKUP = { problem: { code: 'noSuchBackup' } } as const

/** What a backup says about itself; cached, since a backup file is never rewritten in place. */
interface BackupSummary {
  size: number
  mtimeMs: number
  workshopId: string
  title: string
}

/** `workshop.id` and `workshop.title` of a session file, when it has them. */
interface ContentsSummary {
  workshopId?: string
  title?: string
}

function describeContents(contents: string): ContentsSummary {
  try {
    const parsed: unknown = JSON.parse(contents)
    const workshop =
      typeof parsed === 'object' && parsed !== null && 'workshop' in parsed
        ? parsed.workshop
        : undefined
    if (typeof workshop !== 'object' || workshop === null) return {}
    const id = 'id' in workshop && typeof workshop.id === 'string' ? workshop.id : undefined
    const title =
      'title' in workshop && typeof workshop.title === 'string' ? workshop.title : undefined
    return { workshopId: id, title }
  } catch {
    return {}
  }
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const dir = path.resolve(options.dir)
  const fs = options.fs ?? nodeFileSystem
  const now = options.now ?? (() => new Date())
  const policy = options.policy ?? DEFAULT_ROTATION
  const summaries = new Map<string, BackupSummary>()
  // One write (and its rotation) at a time, so two rotations never race over the same files.
  let queue: Promise<unknown> = Promise.resolve()

  /** The path of backup `id`, or null when `id` is not a name main could have given. */
  function pathOf(id: string): string | null {
    if (!BACKUP_ID_PATTERN.test(id) || parseBackupFileName(id) === null) return null
    const filePath = path.resolve(dir, id)
    return path.dirname(filePath) === dir && path.basename(filePath) === id ? filePath : null
  }

  async function readBackup(id: string): Promise<string> {
    const filePath = pathOf(id)
    if (filePath === null) throw new FileOperationError(NOT_A_BACKUP, 'EINVAL', NO_SUCH_BACKUP)
    try {
      // A symlink (or anything but a plain file) could lead outside the folder: refused.
      if (!(await lstat(filePath)).isFile())
        throw new FileOperationError(NOT_A_BACKUP, 'EINVAL', NO_SUCH_BACKUP)
      // O_NOFOLLOW closes the gap between the check and the open where the OS has it.
      const handle = await open(filePath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
      try {
        const info = await handle.stat()
        if (!info.isFile()) throw new FileOperationError(NOT_A_BACKUP, 'EINVAL', NO_SUCH_BACKUP)
        if (info.size > MAX_SESSION_FILE_BYTES) {
          throw new FileOperationError('This backup is too large to open.', 'EFBIG', {
            problem: { code: 'backupTooLarge' },
          })
        }
        return await handle.readFile('utf8')
      } finally {
        await handle.close()
      }
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ELOOP') {
        throw new FileOperationError(NOT_A_BACKUP, errorCode(error), {
          ...NO_SUCH_BACKUP,
          cause: error,
        })
      }
      throw toFileOperationError(error, 'read')
    }
  }

  async function summarise(file: BackupFile): Promise<BackupEntry | null> {
    let info
    try {
      info = await lstat(path.join(dir, file.id))
    } catch {
      return null // deleted by a rotation meanwhile
    }
    if (!info.isFile()) return null
    let summary = summaries.get(file.id)
    if (summary === undefined || summary.size !== info.size || summary.mtimeMs !== info.mtimeMs) {
      const described = await readBackup(file.id).then(
        describeContents,
        (): ContentsSummary => ({}),
      )
      summary = {
        size: info.size,
        mtimeMs: info.mtimeMs,
        workshopId: described.workshopId ?? file.key,
        title: described.title ?? '',
      }
      summaries.set(file.id, summary)
    }
    return {
      id: file.id,
      workshopId: summary.workshopId,
      title: summary.title,
      savedAt: new Date(file.time).toISOString(),
      size: summary.size,
    }
  }

  /** The folder's entries; an absent folder simply has no backups yet. */
  async function entries() {
    try {
      return await readdir(dir, { withFileTypes: true })
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw toFileOperationError(error, 'read')
    }
  }

  async function remove(name: string): Promise<void> {
    try {
      await fs.unlink(path.join(dir, name))
      summaries.delete(name)
    } catch (error) {
      // A file that stays is one more backup than the policy wants, never a lost one.
      if (errorCode(error) !== 'ENOENT') console.warn(`Vantage could not delete ${name}:`, error)
    }
  }

  async function rotate(key: string, justWritten: string, time: Date): Promise<void> {
    const files: BackupFile[] = []
    for (const entry of await entries()) {
      if (!entry.isFile()) continue
      const file = parseBackupFileName(entry.name)
      if (file?.key === key) files.push(file)
      else if (TEMP_FILE_PATTERN.test(entry.name)) {
        const info = await stat(path.join(dir, entry.name)).catch(() => null)
        if (info !== null && time.getTime() - info.mtimeMs > STALE_TEMP_MS) await remove(entry.name)
      }
    }
    for (const file of backupsToDelete(files, time, policy)) {
      if (file.id !== justWritten) await remove(file.id)
    }
  }

  async function write({ workshopId, title, contents }: BackupWrite): Promise<BackupEntry> {
    const size = Buffer.byteLength(contents, 'utf8')
    if (size > MAX_SESSION_FILE_BYTES) {
      throw new FileOperationError('This workshop is too large to back up.', 'EFBIG', {
        problem: { code: 'tooLargeToBackUp' },
      })
    }
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw toFileOperationError(error, 'write')
    }
    const time = now()
    const key = backupKeyFor(workshopId)
    const id = backupFileName(key, time)
    const filePath = path.join(dir, id)
    await writeFileAtomic(filePath, contents, { fs, mode: 0o600 })
    const info = await stat(filePath).catch(() => null)
    if (info !== null) summaries.set(id, { size, mtimeMs: info.mtimeMs, workshopId, title })
    // Only after the new backup is safely on disk may older ones go. A rotation that fails
    // leaves extra backups, and the one just written is still good, so it is not an error.
    await rotate(key, id, time).catch((error: unknown) => {
      console.warn('Vantage could not rotate the backups:', error)
    })
    return { id, workshopId, title, savedAt: time.toISOString(), size }
  }

  return {
    write(backup) {
      const result = queue.then(() => write(backup))
      queue = result.catch(() => {})
      return result
    },
    async list() {
      const files: BackupFile[] = []
      for (const entry of await entries()) {
        const file = entry.isFile() ? parseBackupFileName(entry.name) : null
        if (file !== null) files.push(file)
      }
      // One at a time: a first listing after start reads every backup once to find its title.
      const listed: BackupEntry[] = []
      for (const file of files.sort(newestFirst)) {
        const entry = await summarise(file)
        if (entry !== null) listed.push(entry)
      }
      return listed
    },
    read: readBackup,
  }
}
