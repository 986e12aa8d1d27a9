/**
 * The main window. Its web preferences are the security baseline for everything the renderer
 * does: isolated, sandboxed, no Node. It loads the app:// origin (never file://, which would give
 * IndexedDB a different home), or electron-vite's dev server in an unpackaged dev run.
 */
import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron'
import { APP_ORIGIN } from '../../shared/ipc/contract'
import { preloadPath } from './paths'
import { devServerUrl } from './trustedOrigins'

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Every window that shows the renderer gets these, the hidden print window included. */
export function hardenedWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    preload: preloadPath,
  }
}

/** Where the renderer is loaded from: the dev server in an unpackaged dev run, else app://. */
export function rendererEntryUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Vantage',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    show: false,
    // Painted before the first frame, so the window never flashes the wrong colour.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#f7f7f5',
    webPreferences: hardenedWebPreferences(),
  })
  window.once('ready-to-show', () => window.show())

  const url = rendererEntryUrl()
  window.loadURL(url).catch((error: unknown) => {
    console.error(`Vantage could not load ${url}:`, error)
  })
  return window
}
