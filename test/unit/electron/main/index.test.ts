// The entry's start-up order and lifecycle, with every Electron module faked.
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcContract } from '../../../../shared/ipc/contract'
import { createFakeElectron, FakeWebContents, type FakeElectron } from '../fakeElectron'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get app() {
    return electron.fake.app
  },
  get BrowserWindow() {
    return electron.fake.BrowserWindow
  },
  get ipcMain() {
    return electron.fake.ipcMain
  },
  get nativeTheme() {
    return electron.fake.nativeTheme
  },
  get protocol() {
    return electron.fake.protocol
  },
  get session() {
    return electron.fake.session
  },
  get shell() {
    return electron.fake.shell
  },
}))

const realPlatform = process.platform

beforeEach(() => {
  electron.fake = createFakeElectron()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
})

afterEach(() => {
  vi.unstubAllEnvs()
  Object.defineProperty(process, 'platform', { value: realPlatform })
})

async function start({ lock = true } = {}) {
  electron.fake.app.singleInstanceLock = lock
  vi.resetModules()
  await import('../../../../electron/main/index')
  return electron.fake
}

async function startReady() {
  const fake = await start()
  await fake.app.makeReady()
  const window = fake.BrowserWindow.instances[0]
  if (window === undefined) throw new Error('no main window')
  return { fake, window }
}

describe('before ready', () => {
  it('names the app and fixes the userData folder to appData/Vantage', async () => {
    const { app, log } = await start()
    expect(log.slice(0, 2)).toEqual([
      'setName Vantage',
      `setPath userData ${path.join('/home/ada/.config', 'Vantage')}`,
    ])
    expect(app.getPath('userData')).toBe(path.join('/home/ada/.config', 'Vantage'))
  })

  it('registers app: as privileged before ready, then takes the single-instance lock', async () => {
    const { log, protocol } = await start()
    expect(protocol.privileged.map((s) => s.scheme)).toEqual(['app'])
    expect(log.slice(2, 4)).toEqual([
      'registerSchemesAsPrivileged app',
      'requestSingleInstanceLock',
    ])
    expect(log).not.toContain('ready')
  })

  it('quits and opens nothing when another instance holds the lock', async () => {
    const fake = await start({ lock: false })
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    await fake.app.makeReady()
    expect(fake.BrowserWindow.instances).toHaveLength(0)
    expect(fake.protocol.handlers.size).toBe(0)
    expect(fake.ipcMain.handlers.size).toBe(0)
  })
})

describe('on ready', () => {
  it('hardens the session, serves app:, registers IPC, then opens the window', async () => {
    const { fake } = await startReady()
    const afterReady = fake.log.slice(fake.log.indexOf('ready') + 1)
    expect(afterReady).toEqual([
      'harden session',
      'protocol.handle app',
      ...Object.values(ipcContract).map(({ channel }) => `ipcMain.handle ${channel}`),
      'new BrowserWindow',
    ])
    expect(fake.app.quit).not.toHaveBeenCalled()
  })

  it('loads the app:// origin in the main window', async () => {
    const { window } = await startReady()
    expect(window.loadURL).toHaveBeenCalledWith('app://vantage/index.html')
  })

  it('denies permissions in the default session', async () => {
    const { fake } = await startReady()
    expect(await fake.session.defaultSession.requestPermission('media')).toBe(false)
  })

  it('hardens every web contents created', async () => {
    const { fake } = await startReady()
    const contents = new FakeWebContents()
    fake.app.emit('web-contents-created', {}, contents)
    expect(contents.navigate('https://example.com/')).toBe(true)
  })
})

describe('lifecycle', () => {
  it('brings the existing window back when a second instance starts', async () => {
    const { fake, window } = await startReady()
    window.minimized = true
    fake.app.emit('second-instance', {}, [], '/')
    expect(window.restore).toHaveBeenCalledTimes(1)
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.focus).toHaveBeenCalledTimes(1)
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })

  it('opens a window for a second instance when none is left open', async () => {
    const { fake, window } = await startReady()
    window.close()
    fake.app.emit('second-instance', {}, [], '/')
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('quits when the last window closes, except on macOS', async () => {
    Object.defineProperty(process, 'platform', { value: 'linux' })
    const { fake } = await startReady()
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)

    Object.defineProperty(process, 'platform', { value: 'darwin' })
    fake.app.quit.mockClear()
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).not.toHaveBeenCalled()
  })

  it('re-creates the window on activate only when none is open', async () => {
    const { fake, window } = await startReady()
    fake.app.emit('activate')
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    window.close()
    fake.app.emit('activate')
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1)
    expect(fake.BrowserWindow.instances).toHaveLength(2)
  })
})
