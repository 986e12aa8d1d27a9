/**
 * Main's implementation of every method in the IPC contract. The `IpcHandlers` type makes a
 * contract method without a handler a compile error, so the contract and main cannot drift apart.
 * Each handler is glue: a dialog or the app's own folder for the path, a service for the work.
 */
import path from 'node:path'
import { app, type IpcMain, type WebContents } from 'electron'
import { ipcContract, type IpcMethod, type WaitingFile } from '../../../shared/ipc/contract'
import type { Language } from '../../../shared/i18n/languages'
import type { MenuState } from '../../../shared/ipc/events'
import { askOpenPath, askSavePath } from '../dialogs'
import { TEMPLATE_EXTENSION } from '../fileOpens'
import { printWorkshopToPdf } from '../pdf'
import {
  callingWindow,
  closePresenterWindow,
  isPresenterOpen,
  openPresenterWindow,
} from '../presenter'
import { writeFileAtomic } from '../services/atomicFile'
import { BACKUPS_FOLDER_NAME, createBackupStore, type BackupStore } from '../services/backups'
import { safeBaseName, withExtension } from '../services/fileNames'
import { readSessionFile, writeCsvFile, writeSessionFile } from '../services/sessionFiles'
import { readTemplateFile, writeTemplateFile } from '../services/templateFiles'
import { MainProblemError } from '../../../shared/ipc/problems'
import type { JoinService } from '../services/join'
import { registerIpcMethod, type IpcHandlers } from './register'

/** What the app around the handlers provides: the menu, the files waiting, the quit. */
/** Each takes the calling page (`sender`): only the facilitator's main window counts. */
export interface AppHost {
  setMenuState(sender: WebContents, state: MenuState): void
  /** The facilitator's language, for the menu and the dialogs. */
  setLanguage(sender: WebContents, language: Language): void
  language(): Language
  takeWaitingFile(sender: WebContents): Promise<WaitingFile>
  /** The page has flushed its edits and written its last backup. */
  readyToQuit(sender: WebContents): void
  /** Whether this page may run joining: only the facilitator's window, never the presenter. */
  mayJoin(sender: WebContents): boolean
}

/** Nothing around the handlers: no menu, no file waits, nothing holds a quit. */
const NO_HOST: AppHost = {
  setMenuState: () => {},
  setLanguage: () => {},
  language: () => 'en',
  takeWaitingFile: async () => ({ kind: 'none' }),
  readyToQuit: () => {},
  mayJoin: () => true,
}

export interface HandlerDependencies {
  /** The backups store; by default the userData backups folder, opened on first use. */
  backups?: () => BackupStore
  host?: AppHost
  /** Joining from phones; the app makes one for its whole life (see join.ts). */
  join?: JoinService
}

/**
 * Opened and saved session and template files join the OS's recent documents (macOS and
 * Windows); opening one from there comes back as an OS file open, which takes either kind.
 */
function rememberRecent(filePath: string): void {
  app.addRecentDocument(filePath)
}

function userDataBackups(): () => BackupStore {
  let store: BackupStore | null = null
  return () => {
    store ??= createBackupStore({ dir: path.join(app.getPath('userData'), BACKUPS_FOLDER_NAME) })
    return store
  }
}

export function createIpcHandlers(dependencies: HandlerDependencies = {}): IpcHandlers {
  const backups = dependencies.backups ?? userDataBackups()
  const host = dependencies.host ?? NO_HOST
  const join = (sender: WebContents): JoinService => {
    if (dependencies.join === undefined || !host.mayJoin(sender)) {
      throw new MainProblemError({ code: 'joinNotHere' }, 'joining asked outside the main window')
    }
    return dependencies.join
  }
  return {
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      dataFolder: app.getPath('userData'),
    }),

    sessionSave: async (event, { suggestedName, contents }) => {
      const chosen = await askSavePath(
        event,
        safeBaseName(suggestedName, '.vantage'),
        'session',
        host.language(),
      )
      if (chosen === null) return { saved: false }
      const filePath = withExtension(chosen, '.vantage')
      await writeSessionFile(filePath, contents)
      rememberRecent(filePath)
      return { saved: true, fileName: path.basename(filePath) }
    },

    sessionOpen: async (event) => {
      const filePath = await askOpenPath(event, 'session', host.language())
      if (filePath === null) return { opened: false }
      const contents = await readSessionFile(filePath)
      rememberRecent(filePath)
      return { opened: true, fileName: path.basename(filePath), contents }
    },

    csvSave: async (event, { suggestedName, contents }) => {
      const chosen = await askSavePath(
        event,
        safeBaseName(suggestedName, '.csv'),
        'csv',
        host.language(),
      )
      if (chosen === null) return { saved: false }
      const filePath = withExtension(chosen, '.csv')
      await writeCsvFile(filePath, contents)
      return { saved: true, fileName: path.basename(filePath) }
    },

    templateSave: async (event, { suggestedName, contents }) => {
      const chosen = await askSavePath(
        event,
        safeBaseName(suggestedName, TEMPLATE_EXTENSION),
        'template',
        host.language(),
      )
      if (chosen === null) return { saved: false }
      const filePath = withExtension(chosen, TEMPLATE_EXTENSION)
      await writeTemplateFile(filePath, contents)
      rememberRecent(filePath)
      return { saved: true, fileName: path.basename(filePath) }
    },

    templateOpen: async (event) => {
      const filePath = await askOpenPath(event, 'template', host.language())
      if (filePath === null) return { opened: false }
      const contents = await readTemplateFile(filePath)
      rememberRecent(filePath)
      return { opened: true, fileName: path.basename(filePath), contents }
    },

    // The place is asked first: a cancel costs nothing, and no hidden window is ever opened.
    reportExportPdf: async (event, { workshopId, paper, language, suggestedName }) => {
      const chosen = await askSavePath(
        event,
        safeBaseName(suggestedName, '.pdf'),
        'pdf',
        host.language(),
      )
      if (chosen === null) return { saved: false }
      const filePath = withExtension(chosen, '.pdf')
      const pdf = await printWorkshopToPdf(workshopId, paper, language)
      await writeFileAtomic(filePath, pdf)
      return { saved: true, fileName: path.basename(filePath) }
    },

    backupWrite: (_event, backup) => backups().write(backup),
    backupList: () => backups().list(),
    backupRead: async (_event, { id }) => ({ contents: await backups().read(id) }),

    // The calling window is the facilitator's: the presenter keeps off its display.
    presenterOpen: (event, { workshopId }) =>
      openPresenterWindow(workshopId, callingWindow(event.sender)),
    presenterClose: () => closePresenterWindow(),
    presenterIsOpen: () => isPresenterOpen(),

    menuSetState: (event, state) => host.setMenuState(event.sender, state),
    appSetLanguage: (event, { language }) => host.setLanguage(event.sender, language),
    sessionTakeWaiting: (event) => host.takeWaitingFile(event.sender),
    appQuitReady: (event) => host.readyToQuit(event.sender),

    joinAdapters: (event) => join(event.sender).adapters(),
    joinStart: (event, { adapterId }) => join(event.sender).start(adapterId),
    joinStop: (event) => join(event.sender).stop(),
    joinStatus: (event) => join(event.sender).status(),
    joinSetViews: (event, views) => join(event.sender).setViews(views),
  }
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  trustedOrigins: readonly string[],
  dependencies: HandlerDependencies = {},
): void {
  const handlers = createIpcHandlers(dependencies)
  // Generic, so TypeScript keeps each method paired with its own handler.
  const register = <M extends IpcMethod>(method: M): void =>
    registerIpcMethod(ipcMain, method, handlers[method], trustedOrigins)
  for (const method of Object.keys(ipcContract) as IpcMethod[]) register(method)
}
