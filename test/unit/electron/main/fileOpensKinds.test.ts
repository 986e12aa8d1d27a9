// What a file the OS hands over is, by its extension: a session or a template, each read by its
// own kind's rules and handed over with its kind, and a file of neither kind refused unread with
// a sentence, holding up nothing behind it.
import { truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MainProblemError } from '../../../../shared/ipc/problems'
import {
  createWaitingFiles,
  fileKindOf,
  filesToOpenInArgv,
} from '../../../../electron/main/fileOpens'
import { readSessionFile } from '../../../../electron/main/services/sessionFiles'
import { readTemplateFile } from '../../../../electron/main/services/templateFiles'
import { MAX_TEMPLATE_FILE_BYTES } from '../../../../shared/ipc/contract'
import { useTempFolder } from './services/fsHelpers'

/** A queue over files held in memory; a path not in `contents` is gone. */
function queue(contents: Record<string, string> = {}) {
  const read = vi.fn(async (filePath: string, _fileKind: string) => {
    const text = contents[filePath]
    if (text === undefined)
      throw new MainProblemError({ code: 'fileGone' }, 'The file no longer exists.')
    return text
  })
  const remember = vi.fn()
  return { waiting: createWaitingFiles({ read, announce: () => {}, remember }), read, remember }
}

const A = '/home/ada/a.vantage'

describe('fileKindOf', () => {
  it.each([
    ['/home/ada/Spring.vantage', 'session'],
    ['C:\\Shared\\SPRING.VANTAGE', 'session'],
    ['/home/ada/Four lenses.vantage-template', 'template'],
    ['/home/ada/Four.Vantage-Template', 'template'],
    ['/home/ada/notes.txt', null],
    ['/home/ada/lenses.vantage-template.json', null],
    ['/home/ada/vantage', null],
  ])('names %s by its extension: %s', (filePath, kind) => {
    expect(fileKindOf(filePath)).toBe(kind)
  })
})

describe('waiting files of each kind', () => {
  const T = '/home/ada/Four lenses.vantage-template'

  it('reads a template by the template rules and hands it over as a template', async () => {
    const { waiting, read, remember } = queue({ [T]: '{"format":"vantage-template"}', [A]: 'a' })
    waiting.add([T, A])
    expect(await waiting.take()).toEqual({
      kind: 'file',
      fileKind: 'template',
      fileName: 'Four lenses.vantage-template',
      contents: '{"format":"vantage-template"}',
    })
    expect(await waiting.take()).toMatchObject({ kind: 'file', fileKind: 'session' })
    expect(read.mock.calls).toEqual([
      [T, 'template'],
      [A, 'session'],
    ])
    expect(remember.mock.calls).toEqual([[T], [A]])
  })

  it('names a template that cannot be read as an unreadable template', async () => {
    const { waiting } = queue()
    waiting.add([T])
    expect(await waiting.take()).toEqual({
      kind: 'unreadable',
      fileKind: 'template',
      fileName: 'Four lenses.vantage-template',
      problem: { code: 'fileGone' },
    })
  })

  it('refuses a file of neither kind (macOS may hand one over) unread, in a sentence', async () => {
    const { waiting, read, remember } = queue({ [A]: 'a' })
    waiting.add(['/home/ada/notes.txt', A])
    expect(await waiting.take()).toEqual({
      kind: 'unreadable',
      fileKind: null,
      fileName: 'notes.txt',
      problem: { code: 'notAVantageFile' },
    })
    expect(read).not.toHaveBeenCalled()
    expect(remember).not.toHaveBeenCalled()
    // The next file is not held up by the one refused.
    expect(await waiting.take()).toMatchObject({ kind: 'file', fileName: 'a.vantage' })
  })
})

describe('template files with the real readers', () => {
  const folder = useTempFolder('file-opens-templates')

  function realQueue() {
    return createWaitingFiles({
      read: (filePath, fileKind) =>
        fileKind === 'template' ? readTemplateFile(filePath) : readSessionFile(filePath),
      announce: () => {},
      remember: () => {},
    })
  }

  it('opens a template named on the command line, its byte order mark dropped', async () => {
    await writeFile(
      path.join(folder(), 'Four.vantage-template'),
      '\uFEFF{"format":"vantage-template"}',
    )
    const waiting = realQueue()
    waiting.add(filesToOpenInArgv(['vantage', 'Four.vantage-template'], folder()))
    expect(await waiting.take()).toEqual({
      kind: 'file',
      fileKind: 'template',
      fileName: 'Four.vantage-template',
      contents: '{"format":"vantage-template"}',
    })
  })

  it('holds a template to the template limit, far below a session’s', async () => {
    const size = MAX_TEMPLATE_FILE_BYTES + 1
    const template = path.join(folder(), 'huge.vantage-template')
    const session = path.join(folder(), 'same size.vantage')
    for (const filePath of [template, session]) {
      await writeFile(filePath, '')
      await truncate(filePath, size) // sparse: costs no disk space
    }
    const waiting = realQueue()
    waiting.add([template, session])
    expect(await waiting.take()).toEqual({
      kind: 'unreadable',
      fileKind: 'template',
      fileName: 'huge.vantage-template',
      problem: { code: 'fileTooLarge', document: 'template', sizeMb: 2, limitMb: 1 },
    })
    expect(await waiting.take()).toMatchObject({ kind: 'file', fileKind: 'session' })
  })

  it('refuses a template that is not UTF-8 text, saying it is not a template file', async () => {
    const filePath = path.join(folder(), 'binary.vantage-template')
    await writeFile(filePath, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))
    const waiting = realQueue()
    waiting.add([filePath])
    expect(await waiting.take()).toEqual({
      kind: 'unreadable',
      fileKind: 'template',
      fileName: 'binary.vantage-template',
      problem: { code: 'notText', document: 'template' },
    })
  })
})
