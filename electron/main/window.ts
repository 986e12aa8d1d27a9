/**
 * The main window. Its web preferences are the security baseline for everything the renderer
 * does: isolated, sandboxed, no Node. It loads the app:// origin (never file://, which would give
 * IndexedDB a different home), or electron-vite's dev server in an unpackaged dev run. It opens
 * where windowState.ts says (the last session's place and size, maximised or full screen again).
 */
import { BrowserWindow, nativeTheme, type WebPreferences } from 'electron'
import { APP_ORIGIN } from '../../shared/ipc/contract'
import { preloadPath } from './paths'
import { devServerUrl } from './trustedOrigins'
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type RestoredWindowState } from './windowState'

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

/**
 * Opens the main window at `initial` (from restoreWindowState), or at the default size where the
 * OS puts it when there is none.
 */
export function createMainWindow(initial?: RestoredWindowState): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Vantage',
    ...(initial?.bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    // Painted before the first frame, so the window never flashes the wrong colour.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15171a' : '#f7f7f5',
    webPreferences: hardenedWebPreferences(),
  })
  window.once('ready-to-show', () => {
    // Maximised from the bounds just given, so it maximises on that display, and keeps them as
    // the size to go back to; before show, so it never appears small first.
    if (initial?.maximized === true) window.maximize()
    window.show()
    if (initial?.fullScreen === true) window.setFullScreen(true)
  })

  const url = rendererEntryUrl()
  window.loadURL(url).catch((error: unknown) => {
    console.error(`Vantage could not load ${url}:`, error)
  })
  return window
}
