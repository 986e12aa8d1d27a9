/**
 * Writes a file so that a reader only ever sees the old contents or the new ones: a temp file in
 * the same folder, fsync, rename over the target, fsync of the folder where the OS allows it. A
 * failure removes the temp file and leaves the target untouched. The file system is injectable.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

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

/** A file operation that failed, with a sentence a facilitator can act on and the OS's code. */
export class FileOperationError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'FileOperationError'
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

const WRITE_SENTENCES: Record<string, string> = {
  ENOSPC: 'The disk is full, so the file could not be saved. Free some space and try again.',
  EDQUOT: 'Your disk quota is used up, so the file could not be saved.',
  EACCES: 'Vantage is not allowed to write in this folder. Choose another folder.',
  EPERM: 'Vantage is not allowed to write in this folder. Choose another folder.',
  EROFS: 'This disk is read-only, so the file could not be saved there.',
  ENOENT: 'The folder no longer exists, so the file could not be saved.',
  EBUSY: 'Another program is using this file. Close it and try again.',
  ENAMETOOLONG: 'The file name is too long. Choose a shorter name.',
}

const READ_SENTENCES: Record<string, string> = {
  ENOENT: 'The file no longer exists.',
  EACCES: 'Vantage is not allowed to read this file.',
  EPERM: 'Vantage is not allowed to read this file.',
  EISDIR: 'This is a folder, not a file.',
  EBUSY: 'Another program is using this file. Close it and try again.',
}

/** The plain sentence for a failed read or write; keeps the OS's code for the log. */
export function toFileOperationError(error: unknown, action: 'read' | 'write'): FileOperationError {
  if (error instanceof FileOperationError) return error
  const code = errorCode(error)
  const sentences = action === 'write' ? WRITE_SENTENCES : READ_SENTENCES
  const fallback =
    action === 'write'
      ? `The file could not be saved (${code ?? 'unknown error'}).`
      : `The file could not be read (${code ?? 'unknown error'}).`
  return new FileOperationError(
    (code === undefined ? undefined : sentences[code]) ?? fallback,
    code,
    { cause: error },
  )
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
