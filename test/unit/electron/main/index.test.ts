// Main's entry with every Electron module faked: what it does before ready and in what order
// once ready, the app's identity, the window's lifecycle, and the window reopening where it was.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_ID } from '../../../../electron/main/appIdentity'
import { ipcContract } from '../../../../shared/ipc/contract'
import { FakeWebContents } from '../fakeElectron'
import { LAPTOP, PROJECTOR } from '../fakeElectronScreen'
import { useMainProcess, type MainFake } from './mainProcess'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as MainFake }))
vi.mock('electron', async () => (await import('./mainProcess')).electronModule(() => electron.fake))

const main = useMainProcess(electron)

describe('before ready', () => {
  it('names the app and fixes the userData folder to appData/Vantage', async () => {
    const { app, log } = await main.start()
    expect(log.slice(0, 2)).toEqual([
      'setName Vantage',
      `setPath userData ${path.join(main.appData(), 'Vantage')}`,
    ])
    expect(app.getPath('userData')).toBe(path.join(main.appData(), 'Vantage'))
  })

  it('registers app: as privileged before ready, then takes the single-instance lock', async () => {
    const { log, protocol } = await main.start()
    expect(protocol.privileged.map((s) => s.scheme)).toEqual(['app'])
    expect(log.slice(2, 4)).toEqual([
      'registerSchemesAsPrivileged app',
      'requestSingleInstanceLock',
    ])
    expect(log).not.toContain('ready')
  })

  it('quits and opens nothing when another instance holds the lock', async () => {
    const fake = await main.start({ lock: false })
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    await fake.app.makeReady()
    expect(fake.BrowserWindow.instances).toHaveLength(0)
    expect(fake.protocol.handlers.size).toBe(0)
    expect(fake.ipcMain.handlers.size).toBe(0)
    expect(fake.Menu.setApplicationMenu).not.toHaveBeenCalled()
  })

  it('files itself under the installer’s id on Windows', async () => {
    const { app } = await main.start({ platform: 'win32' })
    expect(app.setAppUserModelId.mock.calls).toEqual([[APP_ID]])
  })

  it.each(['darwin', 'linux'] as const)('sets no app user model id on %s', async (platform) => {
    const { app } = await main.start({ platform })
    expect(app.setAppUserModelId).not.toHaveBeenCalled()
  })

  it('sets no menu before ready', async () => {
    const { Menu } = await main.start()
    expect(Menu.setApplicationMenu).not.toHaveBeenCalled()
  })
})

describe('on ready', () => {
  it('hardens the session, serves app:, registers IPC, sets the menu, then opens the window', async () => {
    const { fake } = await main.startReady()
    const afterReady = fake.log.slice(fake.log.indexOf('ready') + 1)
    expect(afterReady).toEqual([
      'harden session',
      'protocol.handle app',
      ...Object.values(ipcContract).map(({ channel }) => `ipcMain.handle ${channel}`),
      'Menu.setApplicationMenu',
      'new BrowserWindow',
    ])
    expect(fake.app.quit).not.toHaveBeenCalled()
  })

  it('loads the app:// origin in the main window', async () => {
    const { window } = await main.startReady()
    expect(window.loadURL).toHaveBeenCalledWith('app://vantage/index.html')
  })

  it('denies permissions in the default session', async () => {
    const { fake } = await main.startReady()
    expect(await fake.session.defaultSession.requestPermission('media')).toBe(false)
  })

  it('hardens every web contents created', async () => {
    const { fake } = await main.startReady()
    const contents = new FakeWebContents()
    fake.app.emit('web-contents-created', {}, contents)
    expect(contents.navigate('https://example.com/')).toBe(true)
  })
})

describe('lifecycle', () => {
  it('brings the existing window back when a second instance starts', async () => {
    const { fake, window } = await main.startReady()
    window.minimized = true
    fake.app.emit('second-instance', {}, ['/opt/Vantage/vantage'], '/')
    expect(window.restore).toHaveBeenCalledTimes(1)
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalledTimes(1)
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })

  it('opens one window for a second instance when none is left open', async () => {
    const { fake, window } = await main.startReady()
    await main.closeForGood(window)
    fake.app.emit('second-instance', {}, ['/opt/Vantage/vantage'], '/')
    fake.app.emit('second-instance', {}, ['/opt/Vantage/vantage'], '/')
    await main.windowNumber(2)
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('quits when the last window closes, except on macOS', async () => {
    const { fake, window } = await main.startReady({ platform: 'linux' })
    await main.closeForGood(window)
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.app.hasQuit).toBe(true)

    Object.defineProperty(process, 'platform', { value: 'darwin' })
    fake.app.quit.mockClear()
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).not.toHaveBeenCalled()
  })

  it('re-creates the window on activate only when none is open', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    fake.app.emit('activate')
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    await main.closeForGood(window)
    fake.app.emit('activate')
    await main.windowNumber(2)
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1)
  })
})

describe('window memory', () => {
  const ON_PROJECTOR = { x: 1600, y: 100, width: 1500, height: 900 }
  const stateFile = () => path.join(main.userData(), 'window-state.json')

  it('opens the main window where the last one closed, maximised again', async () => {
    await mkdir(main.userData(), { recursive: true })
    await writeFile(
      stateFile(),
      JSON.stringify({
        version: 1,
        bounds: ON_PROJECTOR,
        displayId: PROJECTOR.id,
        maximized: true,
        fullScreen: false,
      }),
    )
    electron.fake.screen.displays = [LAPTOP, PROJECTOR]
    const { window } = await main.startReady()
    expect(window.options).toMatchObject(ON_PROJECTOR)
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalledTimes(1)
    expect(window.bounds).toEqual(PROJECTOR.workArea)
  })

  it('opens 1280×800 centred on the primary display the first time', async () => {
    const { window } = await main.startReady()
    expect(window.options).toMatchObject({ x: 80, y: 62, width: 1280, height: 800 })
  })

  it('saves where the window was when it closes', async () => {
    electron.fake.screen.displays = [LAPTOP, PROJECTOR]
    const { window } = await main.startReady()
    window.moveTo(ON_PROJECTOR)
    await main.closeForGood(window)
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(stateFile(), 'utf8'))).toEqual({
        version: 1,
        bounds: ON_PROJECTOR,
        displayId: PROJECTOR.id,
        maximized: false,
        fullScreen: false,
      }),
    )
  })
})
