// Atomic writes against a real temp folder: old or new contents, never half, never a stray temp.
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  FileOperationError,
  TEMP_FILE_PATTERN,
  toFileOperationError,
  writeFileAtomic,
} from '../../../../../electron/main/services/atomicFile'
import { faultyFileSystem, filesIn, osError, useTempFolder } from './fsHelpers'

const folder = useTempFolder('atomic')
const target = () => path.join(folder(), 'session.vantage')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('writeFileAtomic', () => {
  it('creates the file and leaves no temp file behind', async () => {
    await writeFileAtomic(target(), '{"a":1}')
    expect(await readFile(target(), 'utf8')).toBe('{"a":1}')
    expect(await filesIn(folder())).toEqual(['session.vantage'])
  })

  it('replaces an existing file, writing bytes as they are and text as UTF-8', async () => {
    await writeFile(target(), 'old')
    await writeFileAtomic(target(), 'Équipe ✓')
    expect(await readFile(target(), 'utf8')).toBe('Équipe ✓')
    await writeFileAtomic(target(), new Uint8Array([37, 80, 68, 70]))
    expect(await readFile(target(), 'latin1')).toBe('%PDF')
    expect(await filesIn(folder())).toEqual(['session.vantage'])
  })

  it('writes a temp file in the same folder, fsyncs it, renames it, then fsyncs the folder', async () => {
    const fs = faultyFileSystem()
    await writeFileAtomic(target(), 'new', { fs })
    const temp = fs.calls[0]?.split(' ')[1] ?? ''
    expect(temp).toMatch(TEMP_FILE_PATTERN)
    expect(temp.startsWith('.session.vantage.')).toBe(true)
    expect(fs.calls).toEqual([
      `open ${temp} wx`,
      `write ${temp}`,
      `sync ${temp}`,
      `close ${temp}`,
      `rename ${temp} session.vantage`,
      `open ${path.basename(folder())} r`,
      `sync ${path.basename(folder())}`,
      `close ${path.basename(folder())}`,
    ])
  })

  it('gives new files the requested permissions', async () => {
    await writeFileAtomic(target(), 'private', { mode: 0o600 })
    if (process.platform !== 'win32') expect((await stat(target())).mode & 0o777).toBe(0o600)
  })

  it('keeps the previous file when it fails between write and rename', async () => {
    await writeFile(target(), 'previous')
    const fs = faultyFileSystem({
      rename: () => {
        throw osError('EIO', 'crash before rename')
      },
    })
    const failure = writeFileAtomic(target(), 'next', { fs })
    await expect(failure).rejects.toBeInstanceOf(FileOperationError)
    await expect(failure).rejects.toMatchObject({ code: 'EIO' })
    expect(await readFile(target(), 'utf8')).toBe('previous')
    expect(await filesIn(folder())).toEqual(['session.vantage'])
  })

  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /not allowed to write/],
    ['EROFS', /read-only/],
  ])(
    'a %s while writing leaves the old file as it was and says so plainly',
    async (code, sentence) => {
      await writeFile(target(), 'previous')
      const fs = faultyFileSystem({
        write: () => {
          throw osError(code, 'no space')
        },
      })
      await expect(writeFileAtomic(target(), 'next', { fs })).rejects.toThrow(sentence)
      expect(await readFile(target(), 'utf8')).toBe('previous')
      expect(await filesIn(folder())).toEqual(['session.vantage'])
    },
  )

  it('cleans up when fsync of the file fails', async () => {
    const fs = faultyFileSystem({
      sync: (filePath) => {
        if (filePath.endsWith('.tmp')) throw osError('EIO')
      },
    })
    await expect(writeFileAtomic(target(), 'next', { fs })).rejects.toMatchObject({ code: 'EIO' })
    expect(await filesIn(folder())).toEqual([])
  })

  it('reports a folder it may not create files in, creating nothing', async () => {
    const fs = faultyFileSystem({
      open: () => {
        throw osError('EACCES')
      },
    })
    await expect(writeFileAtomic(target(), 'x', { fs })).rejects.toThrow(/not allowed to write/)
    expect(fs.calls.some((call) => call.startsWith('unlink'))).toBe(false)
  })

  it('treats a folder fsync the OS does not support as done', async () => {
    const fs = faultyFileSystem({
      open: (_filePath, flags) => {
        if (flags === 'r') throw osError('EISDIR')
      },
    })
    await writeFileAtomic(target(), 'new', { fs })
    expect(await readFile(target(), 'utf8')).toBe('new')
  })

  it('does not fail a write whose folder fsync breaks after the rename, but logs it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const fs = faultyFileSystem({
      sync: (filePath) => {
        if (!filePath.endsWith('.tmp')) throw osError('EIO')
      },
    })
    await writeFileAtomic(target(), 'new', { fs })
    expect(await readFile(target(), 'utf8')).toBe('new')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('skips the folder fsync on Windows, where a folder cannot be opened', async () => {
    const fs = faultyFileSystem()
    await writeFileAtomic(target(), 'new', { fs, platform: 'win32' })
    expect(fs.calls.filter((call) => call.endsWith(' r'))).toEqual([])
  })

  it('retries a rename Windows briefly refuses, and only on Windows', async () => {
    let refusals = 2
    const flaky = () =>
      faultyFileSystem({
        rename: () => {
          if (refusals-- > 0) throw osError('EPERM')
        },
      })
    await writeFileAtomic(target(), 'new', { fs: flaky(), platform: 'win32' })
    expect(await readFile(target(), 'utf8')).toBe('new')

    refusals = 1
    await expect(
      writeFileAtomic(target(), 'newer', { fs: flaky(), platform: 'linux' }),
    ).rejects.toMatchObject({ code: 'EPERM' })
    expect(await readFile(target(), 'utf8')).toBe('new')
    expect(await filesIn(folder())).toEqual(['session.vantage'])
  })
})

describe('toFileOperationError', () => {
  it('keeps the code and the cause, with a sentence for known codes and a fallback for others', () => {
    const cause = osError('ENOSPC')
    const error = toFileOperationError(cause, 'write')
    expect(error).toMatchObject({ code: 'ENOSPC', cause })
    expect(error.message).toMatch(/disk is full/)
    expect(toFileOperationError(osError('EWHAT'), 'write').message).toBe(
      'The file could not be saved (EWHAT).',
    )
    expect(toFileOperationError(new Error('odd'), 'read').message).toBe(
      'The file could not be read (unknown error).',
    )
    expect(toFileOperationError(osError('ENOENT'), 'read').message).toBe(
      'The file no longer exists.',
    )
  })

  it('passes an error that already has a sentence through unchanged', () => {
    const error = new FileOperationError('Already plain.', 'EFBIG', {
      problem: { code: 'fileTooLarge' },
    })
    expect(toFileOperationError(error, 'read')).toBe(error)
  })
})
