/**
 * Window memory, the file: `window-state.json` in a given folder (userData in the app).
 *
 *   const file = windowStateFile(app.getPath('userData'))
 *   const saved = await file.read() // SavedWindowState | null, never rejects
 *   await file.write(state) // atomic; rejects with a FileOperationError when the disk refuses
 *
 * Reading is forgiving because the answer only decides where a window opens: a missing, empty,
 * oversized, malformed or tampered file, or one that cannot be read at all, is null and the
 * window opens at the default place. Writes are atomic and run one after another, so the file on
 * disk is always the whole of the latest state.
 */
import { mkdir, open } from 'node:fs/promises'
import path from 'node:path'
import { savedWindowStateSchema, type SavedWindowState } from '../windowState'
import { errorCode, writeFileAtomic, type FileSystem } from './atomicFile'

export const WINDOW_STATE_FILE_NAME = 'window-state.json'
// The real file is about 150 bytes; anything much larger was not written by Vantage.
export const MAX_WINDOW_STATE_BYTES = 16 * 1024

export interface WindowStateFile {
  readonly filePath: string
  /** The saved state, or null when there is none that can be trusted. Never rejects. */
  read(): Promise<SavedWindowState | null>
  /** Replaces the file with `state`, after any write still under way. */
  write(state: SavedWindowState): Promise<void>
}

export interface WindowStateFileOptions {
  /** For the atomic write, so a test can make the disk fail. */
  fs?: FileSystem
  maxBytes?: number
}

/** The bytes of the file, or null when it is not a plain file or too large to be ours. */
async function readSmallFile(filePath: string, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(filePath, 'r')
  try {
    const info = await handle.stat()
    // Checked before reading: a folder or a FIFO at this path would fail or block the read.
    if (!info.isFile() || info.size > maxBytes) return null
    const bytes = await handle.readFile()
    return bytes.byteLength > maxBytes ? null : bytes
  } finally {
    await handle.close()
  }
}

/** The state in a file's bytes, or null for anything Vantage would not have written. */
export function parseWindowState(bytes: Uint8Array): SavedWindowState | null {
  let json: unknown
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return null
  }
  const result = savedWindowStateSchema.safeParse(json)
  return result.success ? result.data : null
}

export function windowStateFile(
  folder: string,
  options: WindowStateFileOptions = {},
): WindowStateFile {
  const filePath = path.join(folder, WINDOW_STATE_FILE_NAME)
  const maxBytes = options.maxBytes ?? MAX_WINDOW_STATE_BYTES
  let queue: Promise<void> = Promise.resolve()

  async function read(): Promise<SavedWindowState | null> {
    try {
      const bytes = await readSmallFile(filePath, maxBytes)
      return bytes === null ? null : parseWindowState(bytes)
    } catch (error) {
      // Not being able to read it is not worth stopping the app for, but worth a line in the log.
      if (errorCode(error) !== 'ENOENT') {
        console.warn(`Vantage could not read the window state in ${filePath}:`, error)
      }
      return null
    }
  }

  async function writeNow(state: SavedWindowState): Promise<void> {
    // A state the reader would refuse is refused here, so the file never holds one.
    const checked = savedWindowStateSchema.parse(state)
    await mkdir(folder, { recursive: true })
    await writeFileAtomic(filePath, `${JSON.stringify(checked, null, 2)}\n`, { fs: options.fs })
  }

  function write(state: SavedWindowState): Promise<void> {
    // One after another: two overlapping renames could otherwise leave the older state last.
    const written = queue.then(() => writeNow(state))
    queue = written.catch(() => {})
    return written
  }

  return { filePath, read, write }
}
