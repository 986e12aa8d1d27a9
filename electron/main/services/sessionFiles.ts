/**
 * The files a facilitator picks in a dialog: session files (`.vantage` JSON), held to the
 * document rules of textFiles.ts with the session limit, and CSV files written atomically. CSV
 * gets a UTF-8 byte order mark so spreadsheets read accents correctly.
 */
import { MAX_SESSION_FILE_BYTES } from '../../../shared/ipc/contract'
import { writeFileAtomic, type FileSystem } from './atomicFile'
import {
  readDocumentFile,
  writeDocumentFile,
  type DocumentKind,
  type ReadDocumentOptions,
  type WriteDocumentOptions,
} from './textFiles'

export const SESSION_DOCUMENT: DocumentKind = { noun: 'session', maxBytes: MAX_SESSION_FILE_BYTES }

/** The text of a session file; see readDocumentFile for what is refused, and how. */
export function readSessionFile(filePath: string, options?: ReadDocumentOptions): Promise<string> {
  return readDocumentFile(filePath, SESSION_DOCUMENT, options)
}

export function writeSessionFile(
  filePath: string,
  contents: string,
  options?: WriteDocumentOptions,
): Promise<void> {
  return writeDocumentFile(filePath, contents, SESSION_DOCUMENT, options)
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
