// Template files against a real temp folder: the same document rules as session files (size
// checked before any reading, BOM dropped, text only, atomic writes) under the template's own,
// much smaller limit, each refusal naming template files.
import { readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_TEMPLATE_FILE_BYTES } from '../../../../../shared/ipc/contract'
import { MAX_TEMPLATE_FILE_BYTES as SCHEMA_LIMIT } from '../../../../../shared/schema/templateFile'
import {
  readTemplateFile,
  writeTemplateFile,
} from '../../../../../electron/main/services/templateFiles'
import type { ReadableFileSystem } from '../../../../../electron/main/services/textFiles'
import { faultyFileSystem, filesIn, osError, useTempFolder } from './fsHelpers'

const folder = useTempFolder('template')
const file = (name = 'Four lenses.vantage-template') => path.join(folder(), name)

describe('readTemplateFile', () => {
  it('holds template files to the limit the schema reads them by', () => {
    expect(MAX_TEMPLATE_FILE_BYTES).toBe(SCHEMA_LIMIT)
  })

  it('reads a template file as text, dropping a byte order mark', async () => {
    await writeFile(file(), '\uFEFF{"template":{"name":"Équipe"}}')
    expect(await readTemplateFile(file())).toBe('{"template":{"name":"Équipe"}}')
  })

  it('refuses a file over the template limit from its size alone, without reading it', async () => {
    const fs: ReadableFileSystem = {
      stat: vi.fn(async () => ({ size: MAX_TEMPLATE_FILE_BYTES + 1, isFile: () => true })),
      readFile: vi.fn(async () => new Uint8Array()),
    }
    await expect(readTemplateFile(file(), { fs })).rejects.toThrow(
      'This file is 2 MB; Vantage opens template files of up to 1 MB.',
    )
    expect(fs.readFile).not.toHaveBeenCalled()
  })

  it('opens a file exactly at the limit, and refuses a real one a byte over', async () => {
    await writeFile(file(), '')
    await truncate(file(), MAX_TEMPLATE_FILE_BYTES)
    expect(await readTemplateFile(file())).toHaveLength(MAX_TEMPLATE_FILE_BYTES)
    await truncate(file(), MAX_TEMPLATE_FILE_BYTES + 1)
    await expect(readTemplateFile(file())).rejects.toMatchObject({ code: 'EFBIG' })
  })

  it('refuses bytes that are not UTF-8, naming template files', async () => {
    await writeFile(file(), new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))
    await expect(readTemplateFile(file())).rejects.toThrow(
      'This is not a Vantage template file: it is not text.',
    )
  })

  it('says a file that is gone is gone', async () => {
    await expect(readTemplateFile(file('gone.vantage-template'))).rejects.toThrow(
      'The file no longer exists.',
    )
  })
})

describe('writeTemplateFile', () => {
  it('writes atomically, replacing the old file and leaving no temp file', async () => {
    await writeFile(file(), 'old')
    await writeTemplateFile(file(), '{"format":"vantage-template"}')
    expect(await readFile(file(), 'utf8')).toBe('{"format":"vantage-template"}')
    expect(await filesIn(folder())).toEqual(['Four lenses.vantage-template'])
  })

  it('keeps the old file when the disk is full', async () => {
    await writeFile(file(), 'old')
    const fs = faultyFileSystem({
      write: () => {
        throw osError('ENOSPC')
      },
    })
    await expect(writeTemplateFile(file(), 'new', { fs })).rejects.toThrow(/disk is full/)
    expect(await readFile(file(), 'utf8')).toBe('old')
  })

  it('refuses to write a template it would refuse to open again', async () => {
    await expect(
      writeTemplateFile(file(), 'x'.repeat(MAX_TEMPLATE_FILE_BYTES + 1)),
    ).rejects.toThrow('This template is 2 MB, over the 1 MB Vantage can open again.')
    expect(await filesIn(folder())).toEqual([])
  })
})
