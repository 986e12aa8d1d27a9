// The template file channels: template:save asks where with the template filter, forces the
// .vantage-template extension and writes atomically; template:open asks which file and refuses
// one over the template limit from its size alone, or one that is not text, in a sentence. Real
// files in a temp folder; the dialogs are faked. Files saved or opened join the recent documents.
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_TEMPLATE_FILE_BYTES } from '../../../../../shared/ipc/contract'
import type { FakeElectronWithFiles } from '../../fakeElectronFiles'
import { useFileHandlers } from './fileHandlers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../../fakeElectronModule')).electronModule(() => electron.fake),
)

const harness = useFileHandlers(electron)
const { registered, saveDialogAnswers, openDialogAnswers } = harness
const sandbox = () => harness.sandbox()

describe('template:save', () => {
  const template = '{"format":"vantage-template","version":1}'

  it('writes nothing when the dialog is cancelled', async () => {
    const { call } = registered()
    saveDialogAnswers(null)
    expect(
      await call('template:save', { suggestedName: 'Four lenses', contents: template }),
    ).toEqual({ ok: true, value: { saved: false } })
    expect(await readdir(sandbox())).toEqual([])
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('offers a cleaned name with the template filter, and saves with the extension forced', async () => {
    const { call, window } = registered()
    saveDialogAnswers(path.join(sandbox(), 'Four lenses.json'))
    const result = await call('template:save', {
      suggestedName: '../../etc/Four lenses: ours',
      contents: template,
    })
    const written = path.join(sandbox(), 'Four lenses.json.vantage-template')
    expect(result).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Four lenses.json.vantage-template' },
    })
    expect(await readFile(written, 'utf8')).toBe(template)
    expect(await readdir(sandbox())).toEqual(['Four lenses.json.vantage-template'])
    expect(electron.fake.app.recentDocuments).toEqual([written])
    const [parent, options] = electron.fake.dialog.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      defaultPath: path.join(sandbox(), 'Four lenses- ours.vantage-template'),
      filters: [{ name: 'Vantage template', extensions: ['vantage-template'] }],
    })
  })

  it('keeps the extension the facilitator typed, in any letter case', async () => {
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox(), 'Ours.VANTAGE-TEMPLATE'))
    expect(await call('template:save', { suggestedName: 'Ours', contents: template })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Ours.VANTAGE-TEMPLATE' },
    })
  })

  it('refuses arguments outside the contract, a template over the limit too, without a dialog', async () => {
    const { call } = registered()
    for (const args of [
      [{ suggestedName: 'x', contents: 'x'.repeat(MAX_TEMPLATE_FILE_BYTES + 1) }],
      [{ suggestedName: 'x' }],
      [{ suggestedName: '', contents: template }],
      [{ suggestedName: 'x', contents: template, path: '/etc/passwd' }],
      [],
    ]) {
      expect(await call('template:save', ...args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      })
    }
    expect(electron.fake.dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(await readdir(sandbox())).toEqual([])
  })
})

describe('template:open', () => {
  it('answers opened: false when the dialog is cancelled', async () => {
    const { call } = registered()
    openDialogAnswers(null)
    expect(await call('template:open')).toEqual({ ok: true, value: { opened: false } })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('asks with the template filter and answers the file name and its text, BOM dropped', async () => {
    const { call, window } = registered()
    const file = path.join(sandbox(), 'Four lenses.vantage-template')
    await writeFile(file, '\uFEFF{"format":"vantage-template"}')
    openDialogAnswers(file)
    expect(await call('template:open')).toEqual({
      ok: true,
      value: {
        opened: true,
        fileName: 'Four lenses.vantage-template',
        contents: '{"format":"vantage-template"}',
      },
    })
    expect(electron.fake.app.recentDocuments).toEqual([file])
    const [parent, options] = electron.fake.dialog.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      filters: [
        { name: 'Vantage template', extensions: ['vantage-template'] },
        { extensions: ['*'] },
      ],
      properties: ['openFile'],
    })
  })

  it('refuses a file over the template limit from its size, before reading it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    const file = path.join(sandbox(), 'huge.vantage-template')
    await writeFile(file, '')
    // Sparse, so it costs no disk; and over the 2 GB Node could read, so reading would fail
    // with another message: the sentence shows the size alone decided.
    await truncate(file, 3 * 1024 * 1024 * 1024)
    openDialogAnswers(file)
    expect(await call('template:open')).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'This file is 3072 MB; Vantage opens template files of up to 1 MB.',
        problem: { code: 'fileTooLarge', document: 'template', sizeMb: 3072, limitMb: 1 },
      },
    })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('refuses a template a session would fit in: the limit is the template’s own', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    const file = path.join(sandbox(), 'big.vantage-template')
    await writeFile(file, '')
    await truncate(file, MAX_TEMPLATE_FILE_BYTES + 1)
    openDialogAnswers(file)
    expect(await call('template:open')).toMatchObject({
      ok: false,
      error: { message: 'This file is 2 MB; Vantage opens template files of up to 1 MB.' },
    })
  })

  it('refuses a file that is not UTF-8 text with a sentence', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    const file = path.join(sandbox(), 'picture.vantage-template')
    await writeFile(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))
    openDialogAnswers(file)
    expect(await call('template:open')).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'This is not a Vantage template file: it is not text.',
        problem: { code: 'notText', document: 'template' },
      },
    })
  })

  it('takes no path from the page: any argument is refused before a dialog opens', async () => {
    const { call } = registered()
    expect(await call('template:open', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
    expect(electron.fake.dialog.showOpenDialog).not.toHaveBeenCalled()
  })
})
