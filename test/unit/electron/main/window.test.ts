// The main window's security baseline, that it loads the app:// origin, never file://, and that
// it opens where window memory says, maximised or full screen again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from '../fakeElectron'
import type * as WindowModule from '../../../../electron/main/window'
import type { RestoredWindowState } from '../../../../electron/main/windowState'

/** The fake window, plus the state changes createMainWindow may ask for before showing it. */
function withWindowStates(fake: FakeElectron) {
  class StatefulWindow extends fake.BrowserWindow {
    readonly maximize = vi.fn()
    readonly setFullScreen = vi.fn()
  }
  return { ...fake, BrowserWindow: StatefulWindow }
}
type StatefulWindow = InstanceType<ReturnType<typeof withWindowStates>['BrowserWindow']>

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', async () =>
  (await import('../fakeElectronModule')).electronModule(() => electron.fake),
)

let windowModule: typeof WindowModule

beforeEach(async () => {
  electron.fake = withWindowStates(createFakeElectron())
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  windowModule = await import('../../../../electron/main/window')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

function openWindow(initial?: RestoredWindowState) {
  windowModule.createMainWindow(initial)
  const window = electron.fake.BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('no window was created')
  return window as StatefulWindow
}

const ON_SECOND_DISPLAY = { x: 1600, y: 100, width: 1500, height: 900 }

describe('createMainWindow', () => {
  it('isolates and sandboxes the renderer, with no Node and no webviews', () => {
    const { webPreferences } = openWindow().options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    })
    expect(String(webPreferences.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/)
  })

  it('loads app://vantage/, never a file:// URL', () => {
    const window = openWindow()
    expect(window.loadURL).toHaveBeenCalledTimes(1)
    const [url] = window.loadURL.mock.calls[0] ?? []
    expect(url).toBe('app://vantage/index.html')
    expect(new URL(String(url)).protocol).not.toBe('file:')
  })

  it('loads the dev server when electron-vite provides one and the app is not packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(openWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173')
  })

  it('ignores a dev server URL once packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    electron.fake.app.isPackaged = true
    expect(openWindow().loadURL).toHaveBeenCalledWith('app://vantage/index.html')
  })

  it('stays hidden until the first paint is ready', () => {
    const window = openWindow()
    expect(window.options.show).toBe(false)
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('has a title, a minimum size and a background matching the theme', () => {
    expect(openWindow().options).toMatchObject({
      title: 'Vantage',
      minWidth: 960,
      minHeight: 640,
      backgroundColor: '#f7f7f5',
    })
    electron.fake.nativeTheme.shouldUseDarkColors = true
    expect(openWindow().options.backgroundColor).toBe('#15171a')
  })

  it('opens at the bounds window memory restored', () => {
    const window = openWindow({ bounds: ON_SECOND_DISPLAY, maximized: false, fullScreen: false })
    expect(window.options).toMatchObject(ON_SECOND_DISPLAY)
    window.emit('ready-to-show')
    expect(window.maximize).not.toHaveBeenCalled()
    expect(window.setFullScreen).not.toHaveBeenCalled()
    expect(window.show).toHaveBeenCalledTimes(1)
  })

  it('opens at 1280×800 where the OS puts it when given nothing to restore', () => {
    const { options } = openWindow()
    expect(options).toMatchObject({ width: 1280, height: 800 })
    expect(options).not.toHaveProperty('x')
  })

  it('maximises a window that was maximised before showing it, so it never appears small', () => {
    const window = openWindow({ bounds: ON_SECOND_DISPLAY, maximized: true, fullScreen: false })
    // Placed at its restored bounds first, so it maximises on that display.
    expect(window.options).toMatchObject(ON_SECOND_DISPLAY)
    expect(window.maximize).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.maximize).toHaveBeenCalledTimes(1)
    const [maximized] = window.maximize.mock.invocationCallOrder
    const [shown] = window.show.mock.invocationCallOrder
    expect(maximized).toBeLessThan(shown ?? 0)
  })

  it('goes full screen again once shown when it was full screen', () => {
    const window = openWindow({ bounds: ON_SECOND_DISPLAY, maximized: false, fullScreen: true })
    window.emit('ready-to-show')
    expect(window.setFullScreen).toHaveBeenCalledWith(true)
    const [shown] = window.show.mock.invocationCallOrder
    const [fullScreen] = window.setFullScreen.mock.invocationCallOrder
    expect(shown).toBeLessThan(fullScreen ?? 0)
  })
})
