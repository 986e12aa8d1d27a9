/**
 * Main process entry: puts the pieces together in the order Electron requires. Identity and
 * storage location come first (the single-instance lock lives in userData), scheme privileges
 * before ready, and nothing opens a window until the session is hardened.
 */
import { app, BrowserWindow, ipcMain, session } from 'electron'
import { registerIpcHandlers } from './ipc/handlers'
import { rendererDir, userDataPath } from './paths'
import { registerAppProtocol, registerAppScheme } from './protocol'
import { hardenAllWebContents, hardenSession } from './security'
import { trustedOrigins } from './trustedOrigins'
import { createMainWindow } from './window'

let mainWindow: BrowserWindow | null = null

function openMainWindow(): void {
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function showExistingWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    if (app.isReady()) openMainWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function start(): void {
  app.setName('Vantage')
  app.setPath('userData', userDataPath(app.getPath('appData')))
  registerAppScheme()

  // A second copy would fight the first over IndexedDB and the backups; hand over and leave.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', showExistingWindow)

  const origins = trustedOrigins()
  hardenAllWebContents(origins)

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, origins)
      registerAppProtocol(rendererDir)
      registerIpcHandlers(ipcMain, origins)
      openMainWindow()
      // macOS keeps the app alive with no windows; the dock icon brings one back. Listening only
      // after the first window exists keeps a launch-time activate from opening a second one.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('Vantage could not start:', error)
      app.quit()
    })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

start()
