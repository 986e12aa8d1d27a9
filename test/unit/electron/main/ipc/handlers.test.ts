// Every contract method has a handler in main, registered on its own channel; the file methods
// go through a native dialog (faked) and write real files in a temp folder, and the session and
// template files saved or opened join the OS's recent documents.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ipcContract,
  MAX_SESSION_FILE_BYTES,
  MAX_TEMPLATE_FILE_BYTES,
} from '../../../../../shared/ipc/contract'
import { createFakeElectronWithFiles, type FakeElectronWithFiles } from '../../fakeElectronFiles'
import type * as HandlersModule from '../../../../../electron/main/ipc/handlers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../../fakeElectronModule')).electronModule(() => electron.fake),
)

let handlersModule: typeof HandlersModule
let sandbox: string

beforeEach(async () => {
  electron.fake = createFakeElectronWithFiles()
  await electron.fake.app.makeReady()
  sandbox = await mkdtemp(path.join(tmpdir(), 'vantage-handlers-'))
  electron.fake.app.setPath('userData', path.join(sandbox, 'userData'))
  electron.fake.app.setPath('documents', sandbox)
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  handlersModule = await import('../../../../../electron/main/ipc/handlers')
})

afterEach(async () => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  await rm(sandbox, { recursive: true, force: true })
})

const trustedCall = { senderFrame: { url: 'app://vantage/index.html' } }
const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'

/** The registered channels, called the way ipcRenderer.invoke would, from the main window. */
function registered() {
  const { ipcMain } = electron.fake
  handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'])
  const window = new electron.fake.BrowserWindow({})
  const event = { ...trustedCall, sender: window.webContents }
  return {
    window,
    call: async (channel: string, ...args: unknown[]) => {
      const listener = ipcMain.handlers.get(channel)
      if (listener === undefined) throw new Error(`nothing registered on ${channel}`)
      return listener(event, ...args)
    },
  }
}

function saveDialogAnswers(filePath: string | null) {
  electron.fake.dialog.showSaveDialog.mockResolvedValueOnce(
    filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath },
  )
}

function openDialogAnswers(filePath: string | null) {
  electron.fake.dialog.showOpenDialog.mockResolvedValueOnce(
    filePath === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [filePath] },
  )
}

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { ipcMain } = electron.fake
    handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'])
    const channels = Object.values(ipcContract).map((entry) => entry.channel)
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channels.sort())
  })

  it('has a handler for every contract method and nothing more', () => {
    expect(Object.keys(handlersModule.createIpcHandlers()).sort()).toEqual(
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
    handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'])
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
    expect(await readdir(sandbox)).toEqual([])
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('offers a cleaned name, modal to the calling window, and writes where the dialog said', async () => {
    const { call, window } = registered()
    saveDialogAnswers(path.join(sandbox, 'chosen'))
    const result = await call('session:save', {
      suggestedName: '../../etc/Offsite: day 1',
      contents: '{"workshop":{}}',
    })
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'chosen.vantage' } })
    expect(await readFile(path.join(sandbox, 'chosen.vantage'), 'utf8')).toBe('{"workshop":{}}')
    // The file as written, extension included, is what the OS lists.
    expect(electron.fake.app.recentDocuments).toEqual([path.join(sandbox, 'chosen.vantage')])
    const [parent, options] = electron.fake.dialog.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      defaultPath: path.join(sandbox, 'Offsite- day 1.vantage'),
      filters: [{ extensions: ['vantage'] }],
    })
  })

  it('reports a failed write as an error result with a plain sentence', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox, 'missing-folder', 'offsite.vantage'))
    expect(await call('session:save', { suggestedName: 'Offsite', contents: '{}' })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'The folder no longer exists, so the file could not be saved.',
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
    const file = path.join(sandbox, 'offsite.vantage')
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
    const file = path.join(sandbox, 'huge.vantage')
    await writeFile(file, '')
    await truncate(file, MAX_SESSION_FILE_BYTES + 1)
    openDialogAnswers(file)
    expect(await call('session:open')).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'This file is 51 MB; Vantage opens session files of up to 50 MB.',
      },
    })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })
})

describe('template:save', () => {
  const template = '{"format":"vantage-template","version":1}'

  it('writes nothing when the dialog is cancelled', async () => {
    const { call } = registered()
    saveDialogAnswers(null)
    expect(
      await call('template:save', { suggestedName: 'Four lenses', contents: template }),
    ).toEqual({ ok: true, value: { saved: false } })
    expect(await readdir(sandbox)).toEqual([])
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('offers a cleaned name with the template filter, and saves with the extension forced', async () => {
    const { call, window } = registered()
    saveDialogAnswers(path.join(sandbox, 'Four lenses.json'))
    const result = await call('template:save', {
      suggestedName: '../../etc/Four lenses: ours',
      contents: template,
    })
    const written = path.join(sandbox, 'Four lenses.json.vantage-template')
    expect(result).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Four lenses.json.vantage-template' },
    })
    expect(await readFile(written, 'utf8')).toBe(template)
    expect(await readdir(sandbox)).toEqual(['Four lenses.json.vantage-template'])
    expect(electron.fake.app.recentDocuments).toEqual([written])
    const [parent, options] = electron.fake.dialog.showSaveDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      defaultPath: path.join(sandbox, 'Four lenses- ours.vantage-template'),
      filters: [{ name: 'Vantage template', extensions: ['vantage-template'] }],
    })
  })

  it('keeps the extension the facilitator typed, in any letter case', async () => {
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox, 'Ours.VANTAGE-TEMPLATE'))
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
    expect(await readdir(sandbox)).toEqual([])
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
    const file = path.join(sandbox, 'Four lenses.vantage-template')
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
    const file = path.join(sandbox, 'huge.vantage-template')
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
      },
    })
    expect(electron.fake.app.addRecentDocument).not.toHaveBeenCalled()
  })

  it('refuses a template a session would fit in: the limit is the template’s own', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    const file = path.join(sandbox, 'big.vantage-template')
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
    const file = path.join(sandbox, 'picture.vantage-template')
    await writeFile(file, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))
    openDialogAnswers(file)
    expect(await call('template:open')).toEqual({
      ok: false,
      error: { code: 'failed', message: 'This is not a Vantage template file: it is not text.' },
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

describe('csv:save', () => {
  it('writes UTF-8 with a byte order mark, adding .csv when missing', async () => {
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox, 'scores'))
    expect(await call('csv:save', { suggestedName: 'Scores', contents: 'Équipe,4\r\n' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'scores.csv' },
    })
    const bytes = await readFile(path.join(sandbox, 'scores.csv'))
    expect(bytes.toString('utf8')).toBe('\uFEFFÉquipe,4\r\n')
    expect(electron.fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(sandbox, 'Scores.csv'),
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
  const request = { workshopId: WORKSHOP, paper: 'Letter', suggestedName: 'Offsite report' }

  it('opens no window at all when the dialog is cancelled', async () => {
    const { call } = registered()
    saveDialogAnswers(null)
    const before = electron.fake.BrowserWindow.instances.length
    expect(await call('report:exportPdf', request)).toEqual({ ok: true, value: { saved: false } })
    expect(electron.fake.BrowserWindow.instances).toHaveLength(before)
  })

  it("prints the app's print route in a hidden hardened window and saves the PDF", async () => {
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox, 'report.pdf'))
    expect(await call('report:exportPdf', request)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'report.pdf' },
    })
    expect(await readFile(path.join(sandbox, 'report.pdf'), 'utf8')).toBe('%PDF-1.7 fake')
    const printWindow = electron.fake.BrowserWindow.instances.at(-1) as InstanceType<
      FakeElectronWithFiles['BrowserWindow']
    >
    expect(printWindow.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    })
    expect(printWindow.loadURL).toHaveBeenCalledWith(
      `app://vantage/index.html#/print/${WORKSHOP}?paper=Letter`,
    )
    expect(electron.fake.page.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
    })
    expect(printWindow.destroy).toHaveBeenCalledTimes(1)
    expect(electron.fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(sandbox, 'Offsite report.pdf'),
    })
  })

  it('closes the hidden window and writes nothing when printing fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    saveDialogAnswers(path.join(sandbox, 'report.pdf'))
    electron.fake.page.printToPDF.mockRejectedValueOnce(new Error('Printing failed'))
    expect(await call('report:exportPdf', request)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Printing failed' },
    })
    const printWindow = electron.fake.BrowserWindow.instances.at(-1) as InstanceType<
      FakeElectronWithFiles['BrowserWindow']
    >
    expect(printWindow.destroy).toHaveBeenCalledTimes(1)
    expect(await readdir(sandbox)).toEqual([])
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
    expect(await readdir(path.join(sandbox, 'userData', 'backups'))).toEqual([written.value.id])

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
    const handlers = handlersModule.createIpcHandlers({ backups: () => store })
    expect(await handlers.backupRead({} as never, { id: 'x' })).toEqual({ contents: '{}' })
    expect(store.read).toHaveBeenCalledWith('x')
  })
})
