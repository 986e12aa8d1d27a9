/**
 * Main process entry: puts the pieces together in the order Electron requires. Identity and
 * storage location come first (the single-instance lock lives in userData), scheme privileges
 * and the OS's file-open requests before ready, and nothing opens a window until the session is
 * hardened. Only one main window exists at a time; closing it or quitting waits for its renderer
 * to flush and back up (quitGuard).
 */
import { app, BrowserWindow, ipcMain, screen, session, type WebContents } from 'electron'
import { languageOfLocale, type Language } from '../../shared/i18n/languages'
import { IPC_EVENTS, type AppCommand } from '../../shared/ipc/events'
import { APP_ID, PRODUCT_NAME } from './appIdentity'
import { createWaitingFiles, filesToOpenInArgv } from './fileOpens'
import { registerIpcHandlers, type AppHost } from './ipc/handlers'
import { installJoining } from './join'
import { createAppMenu } from './menu'
import { rendererDir, userDataPath } from './paths'
import { registerAppProtocol, registerAppScheme } from './protocol'
import { createQuitGuard, type QuitGuard } from './quitGuard'
import { hardenAllWebContents, hardenSession } from './security'
import { readSessionFile } from './services/sessionFiles'
import { readTemplateFile } from './services/templateFiles'
import { windowStateFile } from './services/windowStateFile'
import { trustedOrigins } from './trustedOrigins'
import { createMainWindow } from './window'
import { rememberWindowState } from './windowMemory'
import { restoreWindowState } from './windowState'

let main: { window: BrowserWindow; quitGuard: QuitGuard } | null = null
let joining: ReturnType<typeof installJoining> | null = null
/** A window on its way (its saved place is being read), so two asks still open only one. */
let opening: Promise<void> | null = null

const liveMainWindow = (): BrowserWindow | null =>
  main !== null && !main.window.isDestroyed() ? main.window : null

function openMainWindow(): Promise<void> {
  opening ??= placeAndOpenMainWindow()
    .catch((error: unknown) => console.error('Vantage could not open its window:', error))
    .finally(() => {
      opening = null
    })
  return opening
}

/** Opens the main window where it was last closed, on a display that is still there. */
async function placeAndOpenMainWindow(): Promise<void> {
  const memoryFile = windowStateFile(app.getPath('userData'))
  const saved = await memoryFile.read()
  const window = createMainWindow(
    restoreWindowState(saved, screen.getAllDisplays(), screen.getPrimaryDisplay()),
  )
  rememberWindowState(window, memoryFile, screen)
  const quitGuard = createQuitGuard({
    askRenderer: () => {
      // A crashed page cannot answer, and one still loading has nothing typed to lose.
      const contents = window.isDestroyed() ? null : window.webContents
      if (contents === null || contents.isCrashed() || contents.isLoading()) return false
      contents.send(IPC_EVENTS.prepareToQuit)
      return true
    },
  })
  // Each close clicked while the page prepares is held; only one finds a window left to close.
  window.on('close', (event) =>
    quitGuard.hold(event, () => {
      if (!window.isDestroyed()) window.close()
    }),
  )
  window.on('closed', () => {
    if (main?.window === window) main = null
    // The facilitator's window is where the room is let in; with it gone, nobody is.
    void joining?.stop()
  })
  main = { window, quitGuard }
}

function showExistingWindow(): void {
  const window = liveMainWindow()
  if (window === null) {
    if (app.isReady()) void openMainWindow()
    return
  }
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

const waitingFiles = createWaitingFiles({
  read: (filePath, fileKind) =>
    fileKind === 'template' ? readTemplateFile(filePath) : readSessionFile(filePath),
  announce: () => {
    showExistingWindow()
    // A window still loading misses this; its renderer takes what waits as soon as it starts.
    liveMainWindow()?.webContents.send(IPC_EVENTS.sessionFileWaiting)
  },
  remember: (filePath) => app.addRecentDocument(filePath),
})

/** A menu command goes to the main window; with none open (macOS), the menu brings one back. */
function sendCommand(command: AppCommand): void {
  const window = liveMainWindow()
  if (window === null) showExistingWindow()
  else window.webContents.send(IPC_EVENTS.menuCommand, command)
}

function start(): void {
  app.setName(PRODUCT_NAME)
  app.setPath('userData', userDataPath(app.getPath('appData')))
  // Windows files the recent documents and the taskbar under the installer's id.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
  registerAppScheme()

  // A second copy would fight the first over IndexedDB and the backups; hand over and leave.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showExistingWindow()
    waitingFiles.add(filesToOpenInArgv(argv, workingDirectory))
  })
  // macOS hands over double-clicked files this way, possibly before ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault()
    waitingFiles.add([filePath])
  })
  waitingFiles.add(filesToOpenInArgv(process.argv, process.cwd()))

  const origins = trustedOrigins()
  hardenAllWebContents(origins)
  const menu = createAppMenu({
    platform: process.platform,
    isPackaged: app.isPackaged,
    language: 'en',
    send: sendCommand,
  })
  // Only the facilitator's window drives the menu, takes files and answers for the quit: the
  // presenter and the hidden print window run the same page, but never for these.
  const fromMainWindow = (sender: WebContents) => liveMainWindow()?.webContents === sender
  let language: Language = 'en'
  const host: AppHost = {
    setMenuState: (sender, state) => {
      if (fromMainWindow(sender)) menu.setState(state)
    },
    setLanguage: (sender, next) => {
      if (!fromMainWindow(sender)) return
      language = next
      menu.setLanguage(next)
    },
    language: () => language,
    takeWaitingFile: async (sender) =>
      fromMainWindow(sender) ? waitingFiles.take() : { kind: 'none' },
    readyToQuit: (sender) => {
      if (fromMainWindow(sender)) main?.quitGuard.rendererReady()
    },
    mayJoin: fromMainWindow,
  }
  joining = installJoining(app, (event) =>
    liveMainWindow()?.webContents.send(IPC_EVENTS.joinEvent, event),
  )

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, origins)
      registerAppProtocol(rendererDir)
      registerIpcHandlers(ipcMain, origins, { host, join: joining ?? undefined })
      // Until the page says which language the facilitator chose: the system's, which it is
      // unless they chose another. The locale is only known once the app is ready.
      language = languageOfLocale(app.getLocale())
      menu.setLanguage(language)
      menu.install()
      // macOS keeps the app alive with no windows; the dock icon brings one back. Listening only
      // once the first window is asked for keeps a launch-time activate from opening a second.
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void openMainWindow()
      })
      return openMainWindow()
    })
    .catch((error: unknown) => {
      console.error('Vantage could not start:', error)
      app.quit()
    })

  // Quitting waits for the main window's renderer, as closing it does.
  app.on('before-quit', (event) => {
    if (main !== null && liveMainWindow() !== null) main.quitGuard.hold(event, () => app.quit())
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

start()
