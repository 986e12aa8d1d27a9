// Every contract method has a handler in main, registered on its own channel; the file methods
// go through a native dialog (faked) and write real files in a temp folder, and the session files
// saved or opened join the OS's recent documents. Template files: templateHandlers.test.ts.
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ipcContract, MAX_SESSION_FILE_BYTES } from '../../../../../shared/ipc/contract'
import type { FakeElectronWithFiles } from '../../fakeElectronFiles'
import { useFileHandlers } from './fileHandlers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../../fakeElectronModule')).electronModule(() => electron.fake),
)

const harness = useFileHandlers(electron)
const { registered, saveDialogAnswers, openDialogAnswers } = harness
const sandbox = () => harness.sandbox()
const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { ipcMain } = electron.fake
    harness.handlers().registerIpcHandlers(ipcMain as never, ['app://vantage'])
    const channels = Object.values(ipcContract).map((entry) => entry.channel)
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.sort())
  })

  it('has a handler for every contract method and nothing more', () => {
    expect(Object.keys(harness.handlers().createIpcHandlers()).sort()).toEqual(
      Object.keys(ipcContract).sort(),
    )
  })

  it('answers appInfo with the name, version, platform and data folder', async () => {
    const { app } = electron.fake
    app.setName('Vantage')
    app.setPath('userData', '/home/ada/.config/Vantage')
    const { call } = registered()
    expect(await call('app:info')).toEqual({
      ok: true,
      value: {
        name: 'Vantage',
        version: '0.1.0',
        platform: process.platform,
        dataFolder: '/home/ada/.config/Vantage',
      },
    })
  })

  it('guards the registered handlers with the trusted origins it was given', async () => {
    const { ipcMain } = electron.fake
    harness.handlers().registerIpcHandlers(ipcMain as never, ['app://vantage'])
    const appInfo = ipcMain.handlers.get('app:info')
    expect(await appInfo?.({ senderFrame: { url: 'https://example.com/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
  })
})

describe('session:save', () => {
  it('writes nothing when the dialog is cancelled', async () => {
    const { call } = registered()
    saveDialogAnswers(null)
    expect(await call('session:save', { suggestedName: 'Offsite', contents: '{}' })).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(await readdir(sandbox())).toEqual([])
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('offers a cleaned name, modal to the calling window, and writes where the dialog said', async () => {
    const { call, window } = registered()
    saveDialogAnswers(path.join(sandbox(), 'chosen'))
    const result = await call('session:save', {
      suggestedName: '../../etc/Offsite: day 1',
      contents: '{"workshop":{}}',
    })
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'chosen.vantage' } })
    expect(await readFile(path.join(sandbox(), 'chosen.vantage'), 'utf8')).toBe('{"workshop":{}}')
    // The file as written, extension included, is what the OS lists.
    expect(electron.fake.app.recentDocuments).toEqual([path.join(sandbox(), 'chosen.vantage')])
    const [parent, options] = electron.fake.dialog.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      defaultPath: path.join(sandbox(), 'Offsite- day 1.vantage'),
      filters: [{ extensions: ['vantage'] }],
    })
  })

  it('reports a failed write as an error result with a plain sentence', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox(), 'missing-folder', 'offsite.vantage'))
    expect(await call('session:save', { suggestedName: 'Offsite', contents: '{}' })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'The folder no longer exists, so the file could not be saved.',
        problem: { code: 'folderGone' },
      },
    })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('refuses arguments outside the contract without opening a dialog', async () => {
    const { call } = registered()
    for (const args of [
      [{ suggestedName: 'x' }],
      [{ suggestedName: 'x', contents: '', path: '/' }],
      [],
    ]) {
      expect(await call('session:save', ...args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      })
    }
    expect(electron.fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('session:open', () => {
  it('answers opened: false when the dialog is cancelled', async () => {
    const { call } = registered()
    openDialogAnswers(null)
    expect(await call('session:open')).toEqual({ ok: true, value: { opened: false } })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('answers the chosen file name and its text', async () => {
    const { call } = registered()
    const file = path.join(sandbox(), 'offsite.vantage')
    await writeFile(file, '{"format":"vantage-session"}')
    openDialogAnswers(file)
    expect(await call('session:open')).toEqual({
      ok: true,
      value: {
        opened: true,
        fileName: 'offsite.vantage',
        contents: '{"format":"vantage-session"}',
      },
    })
    expect(electron.fake.app.recentDocuments).toEqual([file])
  })

  it('refuses a file over the limit with a plain sentence', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    const file = path.join(sandbox(), 'huge.vantage')
    await writeFile(file, '')
    await truncate(file, MAX_SESSION_FILE_BYTES + 1)
    openDialogAnswers(file)
    expect(await call('session:open')).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'This file is 51 MB; Vantage opens session files of up to 50 MB.',
        problem: { code: 'fileTooLarge', document: 'session', sizeMb: 51, limitMb: 50 },
      },
    })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })
})

describe('csv:save', () => {
  it('writes UTF-8 with a byte order mark, adding .csv when missing', async () => {
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox(), 'scores'))
    expect(await call('csv:save', { suggestedName: 'Scores', contents: 'Équipe,4\r\n' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'scores.csv' },
    })
    const bytes = await readFile(path.join(sandbox(), 'scores.csv'))
    expect(bytes.toString('utf8')).toBe('\uFEFFÉquipe,4\r\n')
    expect(electron.fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(sandbox(), 'Scores.csv'),
      filters: [{ extensions: ['csv'] }],
    })
  })

  it('writes nothing when cancelled', async () => {
    const { call } = registered()
    saveDialogAnswers(null)
    expect(await call('csv:save', { suggestedName: 'Scores', contents: 'a' })).toEqual({
      ok: true,
      value: { saved: false },
    })
  })
})

describe('report:exportPdf', () => {
  const request = {
    workshopId: WORKSHOP,
    paper: 'Letter',
    language: 'fr',
    suggestedName: 'Offsite report',
  }

  it('opens no window at all when the dialog is cancelled', async () => {
    const { call } = registered()
    saveDialogAnswers(null)
    const before = electron.fake.BrowserWindow.instances.length
    expect(await call('report:exportPdf', request)).toEqual({ ok: true, value: { saved: false } })
    expect(electron.fake.BrowserWindow.instances).toHaveLength(before)
  })

  it("prints the app's print route in a hidden hardened window and saves the PDF", async () => {
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox(), 'report.pdf'))
    expect(await call('report:exportPdf', request)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'report.pdf' },
    })
    expect(await readFile(path.join(sandbox(), 'report.pdf'), 'utf8')).toBe('%PDF-1.7 fake')
    const printWindow = electron.fake.BrowserWindow.instances.at(-1) as InstanceType<
      FakeElectronWithFiles['BrowserWindow']
    >
    expect(printWindow.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    })
    expect(printWindow.loadURL).toHaveBeenCalledWith(
      `app://vantage/index.html#/print/${WORKSHOP}?paper=Letter&lang=fr`,
    )
    expect(electron.fake.page.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
    })
    expect(printWindow.destroy).toHaveBeenCalledTimes(1)
    expect(electron.fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(sandbox(), 'Offsite report.pdf'),
    })
  })

  it('closes the hidden window and writes nothing when printing fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox(), 'report.pdf'))
    electron.fake.page.printToPDF.mockRejectedValueOnce(new Error('Printing failed'))
    expect(await call('report:exportPdf', request)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Printing failed', problem: { code: 'unexpected' } },
    })
    const printWindow = electron.fake.BrowserWindow.instances.at(-1) as InstanceType<
      FakeElectronWithFiles['BrowserWindow']
    >
    expect(printWindow.destroy).toHaveBeenCalledTimes(1)
    expect(await readdir(sandbox())).toEqual([])
  })

  it('refuses a paper size outside the contract', async () => {
    const { call } = registered()
    expect(await call('report:exportPdf', { ...request, paper: 'A3' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
    expect(electron.fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('backups', () => {
  const contents = JSON.stringify({ workshop: { id: WORKSHOP, title: 'Offsite' } })

  it('writes into userData/backups, lists and reads back through IPC', async () => {
    const { call } = registered()
    const written = (await call('backup:write', {
      workshopId: WORKSHOP,
      title: 'Offsite',
      contents,
    })) as { ok: true; value: { id: string } }
    expect(written).toMatchObject({ ok: true, value: { workshopId: WORKSHOP, title: 'Offsite' } })
    expect(await readdir(path.join(sandbox(), 'userData', 'backups'))).toEqual([written.value.id])

    expect(await call('backup:list')).toEqual({ ok: true, value: [written.value] })
    expect(await call('backup:read', { id: written.value.id })).toEqual({
      ok: true,
      value: { contents },
    })
  })

  it('refuses a backup id that is not a name main gives out, before touching the disk', async () => {
    const { call } = registered()
    for (const id of ['../../secret.vantage', 'notes.txt', `${WORKSHOP}--now.vantage`]) {
      expect(await call('backup:read', { id }), id).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      })
    }
  })

  it('answers an empty list before the first backup', async () => {
    const { call } = registered()
    expect(await call('backup:list')).toEqual({ ok: true, value: [] })
  })

  it('uses the backup store it is given', async () => {
    const store = {
      write: vi.fn(),
      list: vi.fn(async () => []),
      read: vi.fn(async () => '{}'),
    }
    const handlers = harness.handlers().createIpcHandlers({ backups: () => store })
    expect(await handlers.backupRead({} as never, { id: 'x' })).toEqual({ contents: '{}' })
    expect(store.read).toHaveBeenCalledWith('x')
  })
})
