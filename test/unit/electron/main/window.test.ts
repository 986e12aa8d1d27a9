// The main window's security baseline, and that it loads the app:// origin, never file://.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from '../fakeElectron'
import type * as WindowModule from '../../../../electron/main/window'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get app() {
    return electron.fake.app
  },
  get BrowserWindow() {
    return electron.fake.BrowserWindow
  },
  get nativeTheme() {
    return electron.fake.nativeTheme
  },
}))

let windowModule: typeof WindowModule

beforeEach(async () => {
  electron.fake = createFakeElectron()
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  windowModule = await import('../../../../electron/main/window')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

function openWindow() {
  windowModule.createMainWindow()
  const window = electron.fake.BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('no window was created')
  return window
}

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
})
