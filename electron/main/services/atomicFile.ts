/**
 * Writes a file so that a reader only ever sees the old contents or the new ones: a temp file in
 * the same folder, fsync, rename over the target, fsync of the folder where the OS allows it. A
 * failure removes the temp file and leaves the target untouched. The file system is injectable.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import {
  MainProblemError,
  type MainProblem,
  type MainProblemCode,
} from '../../../shared/ipc/problems'

/** The part of an open file the write needs; node's FileHandle fits it. */
export interface WritableFile {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file system calls an atomic write makes, so tests can make any one of them fail. */
export interface FileSystem {
  open(filePath: string, flags: string, mode?: number): Promise<WritableFile>
  rename(from: string, to: string): Promise<void>
  unlink(filePath: string): Promise<void>
}

export const nodeFileSystem: FileSystem = {
  open: (filePath, flags, mode) => open(filePath, flags, mode),
  rename: (from, to) => rename(from, to),
  unlink: (filePath) => unlink(filePath),
}

export interface AtomicWriteOptions {
  fs?: FileSystem
  /** Permissions of a newly created file, before the umask; 0o666 unless said otherwise. */
  mode?: number
  /** The OS, injectable for the Windows-only paths; process.platform unless said otherwise. */
  platform?: NodeJS.Platform
}

/**
 * A file operation that failed: its problem, which the renderer says in the facilitator's
 * language, an English sentence for the log, and the OS's code.
 */
export class FileOperationError extends MainProblemError {
  constructor(
    message: string,
    readonly code: string | undefined,
    options: { cause?: unknown; problem: MainProblem },
  ) {
    super(options.problem, message, options)
    this.name = 'FileOperationError'
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

type Known = [MainProblemCode, string]

const WRITE_PROBLEMS: Record<string, Known> = {
  ENOSPC: ['diskFull', 'The disk is full, so the file could not be saved.'],
  EDQUOT: ['quotaUsed', 'The disk quota is used up, so the file could not be saved.'],
  EACCES: ['writeForbidden', 'Vantage is not allowed to write in this folder.'],
  EPERM: ['writeForbidden', 'Vantage is not allowed to write in this folder.'],
  EROFS: ['readOnlyDisk', 'This disk is read-only, so the file could not be saved there.'],
  ENOENT: ['folderGone', 'The folder no longer exists, so the file could not be saved.'],
  EBUSY: ['fileBusy', 'Another program is using this file.'],
  ENAMETOOLONG: ['nameTooLong', 'The file name is too long.'],
}

const READ_PROBLEMS: Record<string, Known> = {
  ENOENT: ['fileGone', 'The file no longer exists.'],
  EACCES: ['readForbidden', 'Vantage is not allowed to read this file.'],
  EPERM: ['readForbidden', 'Vantage is not allowed to read this file.'],
  EISDIR: ['isFolder', 'This is a folder, not a file.'],
  EBUSY: ['fileBusy', 'Another program is using this file.'],
}

/** The problem of a failed read or write; keeps the OS's code for the log. */
export function toFileOperationError(error: unknown, action: 'read' | 'write'): FileOperationError {
  if (error instanceof FileOperationError) return error
  const code = errorCode(error)
  const known =
    code === undefined ? undefined : (action === 'write' ? WRITE_PROBLEMS : READ_PROBLEMS)[code]
  if (known)
    return new FileOperationError(known[1], code, { cause: error, problem: { code: known[0] } })
  const osCode = code ?? 'unknown error'
  return action === 'write'
    ? new FileOperationError(`The file could not be saved (${osCode}).`, code, {
        cause: error,
        problem: { code: 'writeFailed', osCode },
      })
    : new FileOperationError(`The file could not be read (${osCode}).`, code, {
        cause: error,
        problem: { code: 'readFailed', osCode },
      })
}

/** The temp files this module creates: hidden, next to their target, never a valid backup id. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/

function tempPathFor(target: string): string {
  const suffix = randomBytes(6).toString('hex')
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`)
}

// Codes meaning "this OS or file system cannot fsync a folder", which is not a failure.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EBADF'])

/** Makes the rename itself durable; Windows cannot open a folder, so it is skipped there. */
async function syncDirectory(fs: FileSystem, dir: string, platform: NodeJS.Platform) {
  if (platform === 'win32') return
  let handle: WritableFile
  try {
    handle = await fs.open(dir, 'r')
  } catch (error) {
    if (DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** Windows refuses a rename for a moment while a virus scanner or indexer holds the target. */
async function renameWithRetry(fs: FileSystem, from: string, to: string, platform: string) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const retry = platform === 'win32' && RENAME_RETRY_CODES.has(errorCode(error) ?? '')
      if (!retry || attempt >= 4) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)))
    }
  }
}

/**
 * Replaces `target` with `data` atomically. Rejects with a FileOperationError whose message is a
 * sentence for the facilitator; on any failure the temp file is gone and `target` is as it was.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem
  const platform = options.platform ?? process.platform
  const temp = tempPathFor(target)
  let created = false
  try {
    const handle = await fs.open(temp, 'wx', options.mode ?? 0o666)
    created = true
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(fs, temp, target, platform)
    created = false
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => {})
    throw toFileOperationError(error, 'write')
  }
  try {
    await syncDirectory(fs, path.dirname(target), platform)
  } catch (error) {
    // The new contents are in place; only their survival of a power cut is in doubt.
    console.warn(`Vantage could not fsync the folder of ${target}:`, error)
  }
}
