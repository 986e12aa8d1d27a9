/**
 * The one IPC contract between renderer and main. Each entry names a method of the preload API,
 * its channel (`area:verb`) and the zod schema of its arguments; main validates every call against
 * it, and the preload exposes exactly one method per entry.
 */
import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages'
import { MAX_SESSION_FILE_BYTES, MAX_TEMPLATE_FILE_BYTES } from './limits'
import { IPC_CHANNELS } from './channels'
import type { MenuState, VantageEvents } from './events'
import type { MainProblem } from './problems'
import type { IpcResult } from './result'
import type { JoinAdapter, JoinSessionInfo, JoinStatus } from '../join/host'
import { deviceViewsSchema } from '../join/schemas'

export interface AppInfo {
  name: string
  version: string
  /** Node's platform name: 'darwin', 'win32', 'linux'. */
  platform: string
  /** Where the app keeps its data and backups. */
  dataFolder: string
}

/** A name offered in a save dialog: a file name only, never a path (main strips any folder). */
const suggestedName = z.string().trim().min(1).max(200)
/** A backup is named by main; the renderer may only hand back a name main gave it. */
export const BACKUP_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}--\d{8}T\d{6}(\d{3})?Z\.vantage$/
/**
 * Any id a session file may carry (its schema's rule: 1 to 100 characters), since any workshop
 * may be opened from one. Where an id goes into a URL it goes through routeIds.ts.
 */
const workshopId = z.string().min(1).max(100)

export interface SaveOutcome {
  /** False when the facilitator cancelled the dialog: nothing was written. */
  saved: boolean
  /** The file name (not the folder) it was saved as, to confirm to the facilitator. */
  fileName?: string
}

export type OpenOutcome = { opened: false } | { opened: true; fileName: string; contents: string }

/** What a file the OS hands over is, by its extension: `.vantage` or `.vantage-template`. */
export type WaitingFileKind = 'session' | 'template'

/**
 * A file the OS handed to Vantage, as main read it: its text, or the sentence saying why it could
 * not be read (gone, too large, not text), so the renderer can name the file either way. Its kind
 * says where it goes; an unreadable file of neither kind has `fileKind: null`.
 */
export type WaitingFile =
  | { kind: 'none' }
  | { kind: 'file'; fileKind: WaitingFileKind; fileName: string; contents: string }
  | {
      kind: 'unreadable'
      fileKind: WaitingFileKind | null
      fileName: string
      problem: MainProblem
    }

export interface BackupEntry {
  /** The backup's file name; the only handle the renderer gets. */
  id: string
  workshopId: string
  title: string
  /** ISO time the backup was written. */
  savedAt: string
  /** Bytes on disk. */
  size: number
}

const menuState = z
  .object({
    workshopOpen: z.boolean(),
    canUndo: z.boolean(),
    canRedo: z.boolean(),
    presenterOpen: z.boolean(),
    presenterBlank: z.boolean(),
  })
  .strict() satisfies z.ZodType<MenuState>

export const ipcContract = {
  appInfo: { channel: IPC_CHANNELS.appInfo, args: z.tuple([]) },
  /** Asks where to save (native dialog) and writes the session file there atomically. */
  sessionSave: {
    channel: IPC_CHANNELS.sessionSave,
    args: z.tuple([
      z.object({ suggestedName, contents: z.string().max(MAX_SESSION_FILE_BYTES) }).strict(),
    ]),
  },
  /** Asks which file to open (native dialog); refuses files over the size limit. */
  sessionOpen: { channel: IPC_CHANNELS.sessionOpen, args: z.tuple([]) },
  csvSave: {
    channel: IPC_CHANNELS.csvSave,
    args: z.tuple([
      z.object({ suggestedName, contents: z.string().max(MAX_SESSION_FILE_BYTES) }).strict(),
    ]),
  },
  /** Asks where to save (native dialog) and writes the template file there atomically. */
  templateSave: {
    channel: IPC_CHANNELS.templateSave,
    args: z.tuple([
      z.object({ suggestedName, contents: z.string().max(MAX_TEMPLATE_FILE_BYTES) }).strict(),
    ]),
  },
  /** Asks which template file to open (native dialog); refuses files over the template limit. */
  templateOpen: { channel: IPC_CHANNELS.templateOpen, args: z.tuple([]) },
  /** Prints the app's own print route for this workshop to PDF and asks where to save it. */
  reportExportPdf: {
    channel: IPC_CHANNELS.reportExportPdf,
    args: z.tuple([
      z
        .object({
          workshopId,
          paper: z.enum(['A4', 'Letter']),
          language: z.enum(LANGUAGES),
          suggestedName,
        })
        .strict(),
    ]),
  },
  /** Writes a snapshot of one workshop into the backups folder, with rotation. */
  backupWrite: {
    channel: IPC_CHANNELS.backupWrite,
    args: z.tuple([
      z
        .object({
          workshopId,
          title: z.string().max(200),
          contents: z.string().max(MAX_SESSION_FILE_BYTES),
        })
        .strict(),
    ]),
  },
  backupList: { channel: IPC_CHANNELS.backupList, args: z.tuple([]) },
  backupRead: {
    channel: IPC_CHANNELS.backupRead,
    args: z.tuple([z.object({ id: z.string().regex(BACKUP_ID_PATTERN) }).strict()]),
  },
  /**
   * Opens the presenter window on `#/present/<id>` (full screen on an external display when there
   * is one), or brings the open one to this workshop.
   */
  presenterOpen: {
    channel: IPC_CHANNELS.presenterOpen,
    args: z.tuple([z.object({ workshopId }).strict()]),
  },
  presenterClose: { channel: IPC_CHANNELS.presenterClose, args: z.tuple([]) },
  presenterIsOpen: { channel: IPC_CHANNELS.presenterIsOpen, args: z.tuple([]) },
  /** What the application menu may offer now: main greys out what does not apply. */
  menuSetState: {
    channel: IPC_CHANNELS.menuSetState,
    args: z.tuple([menuState]),
  },
  /** The facilitator's language: main's menu and dialogs speak it from now on. */
  appSetLanguage: {
    channel: IPC_CHANNELS.appSetLanguage,
    args: z.tuple([z.object({ language: z.enum(LANGUAGES) }).strict()]),
  },
  /**
   * The next session or template file the OS asked Vantage to open (double-click, command line,
   * a second launch, macOS open-file), read by main; `kind: 'none'` when none is waiting.
   */
  sessionTakeWaiting: { channel: IPC_CHANNELS.sessionTakeWaiting, args: z.tuple([]) },
  /** The renderer has flushed its edits and written its last backup: the quit may go on. */
  appQuitReady: { channel: IPC_CHANNELS.appQuitReady, args: z.tuple([]) },
  /** The network adapters the room could join on, the likeliest first. */
  joinAdapters: { channel: IPC_CHANNELS.joinAdapters, args: z.tuple([]) },
  /** Opens joining on one adapter with a fresh join code (closing any session before). */
  joinStart: {
    channel: IPC_CHANNELS.joinStart,
    args: z.tuple([z.object({ adapterId: z.string().min(1).max(300) }).strict()]),
  },
  /** Closes joining: every phone's socket and the port. */
  joinStop: { channel: IPC_CHANNELS.joinStop, args: z.tuple([]) },
  /** The session, devices, their last input and the refused count, for a page that reloaded. */
  joinStatus: { channel: IPC_CHANNELS.joinStatus, args: z.tuple([]) },
  /** What each device may see now, derived by the renderer from the open workshop. */
  joinSetViews: { channel: IPC_CHANNELS.joinSetViews, args: z.tuple([deviceViewsSchema]) },
} as const

/** What each method resolves with, when ok. */
export interface IpcResults {
  appInfo: AppInfo
  sessionSave: SaveOutcome
  sessionOpen: OpenOutcome
  csvSave: SaveOutcome
  templateSave: SaveOutcome
  templateOpen: OpenOutcome
  reportExportPdf: SaveOutcome
  backupWrite: BackupEntry
  backupList: BackupEntry[]
  backupRead: { contents: string }
  presenterOpen: void
  presenterClose: void
  presenterIsOpen: boolean
  menuSetState: void
  appSetLanguage: void
  sessionTakeWaiting: WaitingFile
  appQuitReady: void
  joinAdapters: JoinAdapter[]
  joinStart: JoinSessionInfo
  joinStop: void
  joinStatus: JoinStatus
  joinSetViews: void
}

export type IpcMethod = keyof typeof ipcContract

export type IpcArgs<M extends IpcMethod> = z.infer<(typeof ipcContract)[M]['args']>

/** One invoking method per contract entry. */
export type VantageInvokeApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<IpcResults[M]>>
}

/** The API the preload exposes on `window.vantage`: the invoking methods and the listeners. */
export type VantageApi = VantageInvokeApi & VantageEvents

/** The origin the packaged renderer is served from; fixed forever, since IndexedDB is keyed by it. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'vantage'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export { MAX_SESSION_FILE_BYTES, MAX_TEMPLATE_FILE_BYTES }
