// Session and CSV files against a real temp folder: the size is checked before any reading, and
// writes are atomic; CSV starts with a UTF-8 byte order mark.
import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_SESSION_FILE_BYTES } from '../../../../../shared/ipc/contract'
import {
  readSessionFile,
  withByteOrderMark,
  writeCsvFile,
  writeSessionFile,
} from '../../../../../electron/main/services/sessionFiles'
import type { ReadableFileSystem } from '../../../../../electron/main/services/textFiles'
import { faultyFileSystem, filesIn, osError, useTempFolder } from './fsHelpers'

const folder = useTempFolder('session')
const file = (name = 'offsite.vantage') => path.join(folder(), name)

describe('readSessionFile', () => {
  it('reads a session file as text, dropping a byte order mark', async () => {
    await writeFile(file(), '\uFEFF{"workshop":{"title":"Équipe"}}')
    expect(await readSessionFile(file())).toBe('{"workshop":{"title":"Équipe"}}')
  })

  it('refuses a file over the limit from its size alone, without reading it', async () => {
    const fs: ReadableFileSystem = {
      stat: vi.fn(async () => ({ size: MAX_SESSION_FILE_BYTES + 1, isFile: () => true })),
      readFile: vi.fn(async () => new Uint8Array()),
    }
    await expect(readSessionFile(file(), { fs })).rejects.toThrow(
      'This file is 51 MB; Vantage opens session files of up to 50 MB.',
    )
    expect(fs.readFile).not.toHaveBeenCalled()
  })

  it('refuses a real file one byte over the limit', async () => {
    await writeFile(file(), '')
    await truncate(file(), MAX_SESSION_FILE_BYTES + 1) // sparse: costs no disk space
    await expect(readSessionFile(file())).rejects.toMatchObject({
      code: 'EFBIG',
      message: expect.stringMatching(/up to 50 MB/),
    })
  })

  it('accepts a file exactly at the limit', async () => {
    await writeFile(file(), '12345')
    expect(await readSessionFile(file(), { maxBytes: 5 })).toBe('12345')
    await expect(readSessionFile(file(), { maxBytes: 4 })).rejects.toThrow(/Vantage opens/)
  })

  it('refuses a file that grew past the limit between the check and the read', async () => {
    const fs: ReadableFileSystem = {
      stat: async () => ({ size: 3, isFile: () => true }),
      readFile: async () => new Uint8Array(10),
    }
    await expect(readSessionFile(file(), { fs, maxBytes: 5 })).rejects.toMatchObject({
      code: 'EFBIG',
    })
  })

  it('refuses a folder, a missing file and bytes that are not UTF-8, each with a sentence', async () => {
    await mkdir(file('folder.vantage'))
    await expect(readSessionFile(file('folder.vantage'))).rejects.toThrow(
      'This is not a file Vantage can open.',
    )
    await expect(readSessionFile(file('missing.vantage'))).rejects.toThrow(
      'The file no longer exists.',
    )
    await writeFile(file(), new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))
    await expect(readSessionFile(file())).rejects.toThrow(/not a Vantage session file/)
  })

  it('turns a refused read into a plain sentence', async () => {
    const fs: ReadableFileSystem = {
      stat: async () => ({ size: 3, isFile: () => true }),
      readFile: async () => {
        throw osError('EACCES')
      },
    }
    await expect(readSessionFile(file(), { fs })).rejects.toThrow(
      'Vantage is not allowed to read this file.',
    )
  })
})

describe('writeSessionFile', () => {
  it('writes atomically, replacing the old file and leaving no temp file', async () => {
    await writeFile(file(), 'old')
    await writeSessionFile(file(), '{"new":true}')
    expect(await readFile(file(), 'utf8')).toBe('{"new":true}')
    expect(await filesIn(folder())).toEqual(['offsite.vantage'])
  })

  it('keeps the old file when the disk is full', async () => {
    await writeFile(file(), 'old')
    const fs = faultyFileSystem({
      write: () => {
        throw osError('ENOSPC')
      },
    })
    await expect(writeSessionFile(file(), 'new', { fs })).rejects.toThrow(/disk is full/)
    expect(await readFile(file(), 'utf8')).toBe('old')
    expect(await filesIn(folder())).toEqual(['offsite.vantage'])
  })

  it('refuses to write a session it would refuse to open again, counting bytes not characters', async () => {
    await expect(writeSessionFile(file(), 'ééé', { maxBytes: 5 })).rejects.toMatchObject({
      code: 'EFBIG',
    })
    expect(await filesIn(folder())).toEqual([])
  })
})

describe('writeCsvFile', () => {
  it('starts the file with exactly one UTF-8 byte order mark, keeping accents', async () => {
    await writeCsvFile(file('scores.csv'), 'Lens,Équipe\r\nAlignment,4\r\n')
    const bytes = await readFile(file('scores.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe('Lens,Équipe\r\nAlignment,4\r\n')
    expect(withByteOrderMark('\uFEFFa')).toBe('\uFEFFa')
  })
})
