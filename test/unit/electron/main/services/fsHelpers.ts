/**
 * Helpers for the file service tests: a temp folder per test, and a file system layer over the
 * real one where any single call can be made to fail the way a full or locked disk would.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import {
  nodeFileSystem,
  type FileSystem,
  type WritableFile,
} from '../../../../../electron/main/services/atomicFile'

/** A fresh folder under os.tmpdir() for every test, removed afterwards. */
export function useTempFolder(prefix: string): () => string {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), `vantage-${prefix}-`))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })
  return () => folder
}

export function osError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code })
}

export interface FaultyFileSystem extends FileSystem {
  calls: string[]
}

/**
 * The real file system, logging each call, with any of its steps replaced: `write` and `sync`
 * act on files opened for writing, the rest on the calls of the same name.
 */
export function faultyFileSystem(
  faults: {
    open?: (filePath: string, flags: string) => void
    write?: () => void
    sync?: (filePath: string) => void
    rename?: (from: string, to: string) => void
    unlink?: (filePath: string) => void
  } = {},
): FaultyFileSystem {
  const calls: string[] = []
  return {
    calls,
    async open(filePath, flags, mode) {
      calls.push(`open ${path.basename(filePath)} ${flags}`)
      faults.open?.(filePath, flags)
      const handle = await nodeFileSystem.open(filePath, flags, mode)
      const wrapped: WritableFile = {
        writeFile: async (data) => {
          calls.push(`write ${path.basename(filePath)}`)
          faults.write?.()
          await handle.writeFile(data)
        },
        sync: async () => {
          calls.push(`sync ${path.basename(filePath)}`)
          faults.sync?.(filePath)
          await handle.sync()
        },
        close: async () => {
          calls.push(`close ${path.basename(filePath)}`)
          await handle.close()
        },
      }
      return wrapped
    },
    async rename(from, to) {
      calls.push(`rename ${path.basename(from)} ${path.basename(to)}`)
      faults.rename?.(from, to)
      await nodeFileSystem.rename(from, to)
    },
    async unlink(filePath) {
      calls.push(`unlink ${path.basename(filePath)}`)
      faults.unlink?.(filePath)
      await nodeFileSystem.unlink(filePath)
    },
  }
}

export async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort()
}

export const runningAsRoot = process.getuid?.() === 0
