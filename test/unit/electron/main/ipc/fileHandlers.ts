/**
 * For the tests of main's file handlers: a fresh fake Electron with dialogs per test, a temp
 * folder as documents and userData, the handlers registered as main registers them, and each
 * channel called the way ipcRenderer.invoke would, from the main window. The dialogs' answers
 * are set per test. Each test file still mocks electron itself, since vi.mock acts only there.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, vi } from 'vitest'
import type * as HandlersModule from '../../../../../electron/main/ipc/handlers'
import { createFakeElectronWithFiles, type FakeElectronWithFiles } from '../../fakeElectronFiles'

const TRUSTED_CALL = { senderFrame: { url: 'app://vantage/index.html' } }

/** Sets up the hooks; `electron` is the test file's vi.hoisted holder of the fake. */
export function useFileHandlers(electron: { fake: FakeElectronWithFiles }) {
  let handlers: typeof HandlersModule
  let sandbox = ''

  beforeEach(async () => {
    electron.fake = createFakeElectronWithFiles()
    await electron.fake.app.makeReady()
    sandbox = await mkdtemp(path.join(tmpdir(), 'vantage-handlers-'))
    electron.fake.app.setPath('userData', path.join(sandbox, 'userData'))
    electron.fake.app.setPath('documents', sandbox)
    vi.resetModules()
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    handlers = await import('../../../../../electron/main/ipc/handlers')
  })

  afterEach(async () => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
    await rm(sandbox, { recursive: true, force: true })
  })

  return {
    /** The temp folder of this test: the documents folder, with userData inside. */
    sandbox: () => sandbox,
    handlers: () => handlers,

    /** The registered channels, called from the main window. */
    registered() {
      const { ipcMain } = electron.fake
      handlers.registerIpcHandlers(ipcMain as never, ['app://vantage'])
      const window = new electron.fake.BrowserWindow({})
      const event = { ...TRUSTED_CALL, sender: window.webContents }
      return {
        window,
        call: async (channel: string, ...args: unknown[]) => {
          const listener = ipcMain.handlers.get(channel)
          if (listener === undefined) throw new Error(`nothing registered on ${channel}`)
          return listener(event, ...args)
        },
      }
    },

    /** The next save dialog answers this path, or is cancelled (null). */
    saveDialogAnswers(filePath: string | null) {
      electron.fake.dialog.showSaveDialog.mockResolvedValueOnce(
        filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath },
      )
    },

    /** The next open dialog answers this path, or is cancelled (null). */
    openDialogAnswers(filePath: string | null) {
      electron.fake.dialog.showOpenDialog.mockResolvedValueOnce(
        filePath === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [filePath] },
      )
    },
  }
}
