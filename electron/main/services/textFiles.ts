/**
 * The rules every Vantage document file shares, whatever its kind (session, template): read with
 * the size checked before a single byte is loaded, refused when it is not UTF-8 text, a leading
 * byte order mark dropped; written atomically, and only when Vantage would open it again. Each
 * kind names itself in the sentences, so the facilitator reads which limit a file broke.
 */
import { readFile, stat } from 'node:fs/promises'
import {
  FileOperationError,
  toFileOperationError,
  writeFileAtomic,
  type FileSystem,
} from './atomicFile'
import { wholeMegabytes } from '../../../shared/ipc/limits'
import type { DocumentNoun } from '../../../shared/ipc/problems'

/** What a kind of document is called and how large it may be. */
export interface DocumentKind {
  /** One word, as in "session files" and "a Vantage session file". */
  noun: DocumentNoun
  maxBytes: number
}

/** The reads a document needs, injectable so a test can see nothing is read too early. */
export interface ReadableFileSystem {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>
  readFile(filePath: string): Promise<Uint8Array>
}

const nodeReadableFileSystem: ReadableFileSystem = {
  stat: (filePath) => stat(filePath),
  readFile: (filePath) => readFile(filePath),
}

export interface ReadDocumentOptions {
  /** Overrides the kind's limit (tests). */
  maxBytes?: number
  fs?: ReadableFileSystem
}

function megabytes(bytes: number): string {
  return `${wholeMegabytes(bytes)} MB`
}

function tooLarge(kind: DocumentKind, size: number, maxBytes: number): FileOperationError {
  return new FileOperationError(
    `This file is ${megabytes(size)}; Vantage opens ${kind.noun} files of up to ${megabytes(maxBytes)}.`,
    'EFBIG',
    {
      problem: {
        code: 'fileTooLarge',
        document: kind.noun,
        sizeMb: wholeMegabytes(size),
        limitMb: wholeMegabytes(maxBytes),
      },
    },
  )
}

/**
 * The text of a document. Refuses anything that is not a plain file or is over the limit before
 * reading it, and anything that is not UTF-8 text after; a leading BOM is dropped.
 */
export async function readDocumentFile(
  filePath: string,
  kind: DocumentKind,
  options: ReadDocumentOptions = {},
): Promise<string> {
  const fs = options.fs ?? nodeReadableFileSystem
  const maxBytes = options.maxBytes ?? kind.maxBytes
  let bytes: Uint8Array
  try {
    const info = await fs.stat(filePath)
    if (!info.isFile())
      throw new FileOperationError('This is not a file Vantage can open.', 'EISDIR', {
        problem: { code: 'notAFile' },
      })
    if (info.size > maxBytes) throw tooLarge(kind, info.size, maxBytes)
    bytes = await fs.readFile(filePath)
  } catch (error) {
    throw toFileOperationError(error, 'read')
  }
  // It may have grown between the check and the read.
  if (bytes.byteLength > maxBytes) throw tooLarge(kind, bytes.byteLength, maxBytes)
  try {
    // Without ignoreBOM the decoder drops a leading byte order mark, which Windows editors add.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new FileOperationError(
      `This is not a Vantage ${kind.noun} file: it is not text.`,
      'EILSEQ',
      { problem: { code: 'notText', document: kind.noun } },
    )
  }
}

export interface WriteDocumentOptions {
  fs?: FileSystem
  /** Overrides the kind's limit (tests). */
  maxBytes?: number
}

/** Writes a document atomically; one Vantage would refuse to open again is refused first. */
export async function writeDocumentFile(
  filePath: string,
  contents: string,
  kind: DocumentKind,
  options: WriteDocumentOptions = {},
): Promise<void> {
  const maxBytes = options.maxBytes ?? kind.maxBytes
  const size = Buffer.byteLength(contents, 'utf8')
  if (size > maxBytes) {
    throw new FileOperationError(
      `This ${kind.noun} is ${megabytes(size)}, over the ${megabytes(maxBytes)} Vantage can open again.`,
      'EFBIG',
      {
        problem: {
          code: 'tooLargeToSave',
          document: kind.noun,
          sizeMb: wholeMegabytes(size),
          limitMb: wholeMegabytes(maxBytes),
        },
      },
    )
  }
  await writeFileAtomic(filePath, contents, { fs: options.fs })
}
