/**
 * The files a facilitator picks in a dialog: session files (`.vantage` JSON) read with the size
 * checked before a single byte is loaded, and session and CSV files written atomically. CSV gets
 * a UTF-8 byte order mark so spreadsheets read accents correctly.
 */
import { readFile, stat } from 'node:fs/promises'
import { MAX_SESSION_FILE_BYTES } from '../../../shared/ipc/contract'
import {
  FileOperationError,
  toFileOperationError,
  writeFileAtomic,
  type FileSystem,
} from './atomicFile'

/** The reads a session file needs, injectable so a test can see nothing is read too early. */
export interface ReadableFileSystem {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>
  readFile(filePath: string): Promise<Uint8Array>
}

const nodeReadableFileSystem: ReadableFileSystem = {
  stat: (filePath) => stat(filePath),
  readFile: (filePath) => readFile(filePath),
}

export interface SessionFileOptions {
  maxBytes?: number
  fs?: ReadableFileSystem
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`
}

function tooLarge(size: number, maxBytes: number): FileOperationError {
  return new FileOperationError(
    `This file is ${megabytes(size)}; Vantage opens session files of up to ${megabytes(maxBytes)}.`,
    'EFBIG',
  )
}

/**
 * The text of a session file. Refuses anything that is not a plain file or is over the limit
 * before reading it, and anything that is not UTF-8 text after; a leading BOM is dropped.
 */
export async function readSessionFile(
  filePath: string,
  options: SessionFileOptions = {},
): Promise<string> {
  const fs = options.fs ?? nodeReadableFileSystem
  const maxBytes = options.maxBytes ?? MAX_SESSION_FILE_BYTES
  let bytes: Uint8Array
  try {
    const info = await fs.stat(filePath)
    if (!info.isFile())
      throw new FileOperationError('This is not a file Vantage can open.', 'EISDIR')
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes)
    bytes = await fs.readFile(filePath)
  } catch (error) {
    throw toFileOperationError(error, 'read')
  }
  // It may have grown between the check and the read.
  if (bytes.byteLength > maxBytes) throw tooLarge(bytes.byteLength, maxBytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new FileOperationError('This is not a Vantage session file: it is not text.', 'EILSEQ')
  }
}

/** A session file that Vantage would refuse to open again is refused before it is written. */
function checkSize(contents: string, maxBytes: number): void {
  const size = Buffer.byteLength(contents, 'utf8')
  if (size > maxBytes) {
    throw new FileOperationError(
      `This session is ${megabytes(size)}, over the ${megabytes(maxBytes)} Vantage can open again.`,
      'EFBIG',
    )
  }
}

export async function writeSessionFile(
  filePath: string,
  contents: string,
  options: { fs?: FileSystem; maxBytes?: number } = {},
): Promise<void> {
  checkSize(contents, options.maxBytes ?? MAX_SESSION_FILE_BYTES)
  await writeFileAtomic(filePath, contents, { fs: options.fs })
}

const BOM = '\uFEFF'

/** `contents` with exactly one UTF-8 byte order mark in front. */
export function withByteOrderMark(contents: string): string {
  return contents.startsWith(BOM) ? contents : `${BOM}${contents}`
}

export async function writeCsvFile(
  filePath: string,
  contents: string,
  options: { fs?: FileSystem } = {},
): Promise<void> {
  await writeFileAtomic(filePath, withByteOrderMark(contents), { fs: options.fs })
}
