/**
 * For the tests of main's entry (electron/main/index.ts): a fresh fake Electron per test (one
 * laptop display, a temp folder as appData), main started against it on a chosen platform with
 * a chosen command line, and main reached the ways the renderer and the user reach it: IPC from
 * one window's web contents, clicks on the application menu. Each test file mocks electron with
 * `electronModule`, since vi.mock only acts in the file that calls it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest'
import { USER_DATA_FOLDER_NAME } from '../../../../electron/main/paths'
import type { FakeWebContents } from '../fakeElectron'
import type { FakeMenuItem } from '../fakeElectronMenu'
import {
  createFakeElectronWithScreen,
  LAPTOP,
  type FakeElectronWithScreen,
  type PlacedWindow,
} from '../fakeElectronScreen'

export type MainFake = FakeElectronWithScreen

/** Electron as main imports it, every export read from the fake of the moment. */
export { electronModule } from '../fakeElectronModule'

export interface StartOptions {
  platform?: NodeJS.Platform
  /** process.argv as the OS started the app. */
  argv?: string[]
  /** The folder the app was started from. */
  cwd?: string
  /** Whether this is the first instance. */
  lock?: boolean
}

const TRUSTED_FRAME = { url: 'app://vantage/index.html' }

/** Sets up the hooks; `electron` is the test file's vi.hoisted holder of the fake. */
export function useMainProcess(electron: { fake: MainFake }) {
  const realPlatform = process.platform
  const realArgv = process.argv
  let root = ''
  let count = 0
  let appData = ''

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'vantage-main-'))
  })
  beforeEach(async () => {
    count += 1
    appData = path.join(root, `test-${count}`)
    await mkdir(appData)
    electron.fake = createFakeElectronWithScreen()
    electron.fake.screen.displays = [LAPTOP]
    electron.fake.app.paths.set('appData', appData)
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
  })
  afterEach(async () => {
    // No timer may outlive its test: a close or quit still waiting for its renderer is answered
    // (the guard's time limit), and the windows left are destroyed, which stops their memory's
    // delayed save without saving.
    const { ipcMain, BrowserWindow } = electron.fake
    const ready = ipcMain.handlers.get('app:quitReady')
    for (const window of BrowserWindow.getAllWindows()) {
      await ready?.({ sender: window.webContents, senderFrame: TRUSTED_FRAME })
    }
    for (const window of BrowserWindow.getAllWindows()) window.destroy()
    Object.defineProperty(process, 'platform', { value: realPlatform })
    process.argv = realArgv
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })
  afterAll(async () => {
    // A save of the window's place begun by the last test finishes before the folder goes;
    // one landing after would make the folder again.
    await new Promise((resolve) => setTimeout(resolve, 100))
    await rm(root, { recursive: true, force: true })
  })

  const fake = () => electron.fake

  return {
    fake,
    /** This test's appData folder, empty at the start. */
    appData: () => appData,
    /** The userData folder main chooses inside it. */
    userData: () => path.join(appData, USER_DATA_FOLDER_NAME),

    /** Runs main's entry as Electron would, before ready. */
    async start(options: StartOptions = {}): Promise<MainFake> {
      Object.defineProperty(process, 'platform', { value: options.platform ?? 'linux' })
      process.argv = options.argv ?? ['/opt/Vantage/vantage']
      if (options.cwd !== undefined) vi.spyOn(process, 'cwd').mockReturnValue(options.cwd)
      fake().app.singleInstanceLock = options.lock ?? true
      vi.resetModules()
      await import('../../../../electron/main/index')
      return fake()
    },

    /** Makes the app ready and waits for the main window, which opens once its place is read. */
    async startReady(
      options: StartOptions = {},
    ): Promise<{ fake: MainFake; window: PlacedWindow }> {
      await this.start(options)
      await fake().app.makeReady()
      return { fake: fake(), window: await this.windowNumber(1) }
    },

    /** The n-th window ever opened, once it has opened. */
    async windowNumber(n: number): Promise<PlacedWindow> {
      await vi.waitFor(() => expect(fake().BrowserWindow.instances).toHaveLength(n))
      const window = fake().BrowserWindow.instances[n - 1]
      if (window === undefined) throw new Error(`no window number ${n}`)
      return window as PlacedWindow
    },

    /** Calls a registered channel as ipcRenderer.invoke from `sender`'s page would. */
    async invoke(sender: FakeWebContents, channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = fake().ipcMain.handlers.get(channel)
      if (handler === undefined) throw new Error(`nothing registered on ${channel}`)
      return handler({ sender, senderFrame: TRUSTED_FRAME }, ...args)
    },

    /** The application menu's item with this id. */
    menuItem(id: string): FakeMenuItem {
      const item = fake().Menu.getApplicationMenu()?.getMenuItemById(id)
      if (item === null || item === undefined) throw new Error(`no menu item ${id}`)
      return item
    },

    /** The user closes the window and its renderer says it is ready; the window is gone. */
    async closeForGood(window: PlacedWindow): Promise<void> {
      window.close()
      await this.invoke(window.webContents, 'app:quitReady')
      expect(window.isDestroyed()).toBe(true)
    },
  }
}
