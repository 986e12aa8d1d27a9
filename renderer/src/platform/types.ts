/**
 * What the renderer may ask of the world outside the page. Implemented once for the desktop app
 * (through the preload's `window.vantage`) and once for a plain browser.
 */
import type {
  AppCommand,
  AppInfo,
  BackupEntry,
  MenuState,
  OpenOutcome,
  SaveOutcome,
  MainProblem,
  WaitingFile,
} from '@shared/ipc'
import type { Language } from '@shared/i18n'
import type { DeviceView, JoinAdapter, JoinEvent, JoinSessionInfo, JoinStatus } from '@shared/join'

export type PlatformKind = 'desktop' | 'browser'

export type PaperSize = 'A4' | 'Letter'

/** The app's own backups folder; only the desktop app has one. */
export interface PlatformBackups {
  /** Keeps a snapshot of one workshop (its session file JSON); older ones rotate out. */
  write(workshopId: string, title: string, contents: string): Promise<BackupEntry>
  /** Every backup, newest first. */
  list(): Promise<BackupEntry[]>
  /** The session file JSON of one backup, by the id list() or write() gave. */
  read(id: string): Promise<string>
}

/**
 * The second window for the projector, on `#/present/<workshopId>`. It follows the facilitator
 * through the shared IndexedDB, so these calls only open, close and ask.
 */
export interface PlatformPresenter {
  /**
   * Opens it (full screen on the external display, when the desktop app has one) or brings the
   * open one to this workshop. A browser that blocks the pop-up rejects with 'blocked'.
   */
  open(workshopId: string): Promise<void>
  close(): Promise<void>
  isOpen(): Promise<boolean>
}

/**
 * What only the desktop app has: an application menu, session and template files the OS hands
 * over (double-click, command line, a second launch), and a quit that waits for the page.
 */
export interface PlatformDesktop {
  /** Calls `listener` with each menu command; returns the unsubscribe. */
  onCommand(listener: (command: AppCommand) => void): () => void
  /** Tells the menu what applies now, so it greys out the rest. */
  setMenuState(state: MenuState): Promise<void>
  /** Tells main the facilitator's language, so the menu and the dialogs speak it. */
  setLanguage(language: Language): Promise<void>
  /** Calls `listener` when a file is waiting to be taken. */
  onFileWaiting(listener: () => void): () => void
  /** The oldest waiting file, read by main and named by its kind, or `none`. */
  takeWaitingFile(): Promise<WaitingFile>
  /**
   * Runs `prepare` when the window is about to close or the app to quit; main waits until it
   * settles (or a time limit passes), whether it succeeds or not.
   */
  onPrepareToQuit(prepare: () => Promise<void>): () => void
}

/**
 * Template files (.vantage-template), to share a template between laptops: native dialogs in the
 * desktop app, a download and a file input in a browser.
 */
export interface PlatformTemplateFiles {
  save(suggestedName: string, contents: string): Promise<SaveOutcome>
  /** Lets the facilitator pick a template file; refuses files over MAX_TEMPLATE_FILE_BYTES. */
  open(): Promise<OpenOutcome>
}

/**
 * Letting the room join from its phones: a small server on the local network, run by main in
 * the desktop app, and by a Node process the browser tests start in the browser build. The page
 * derives what each device may see and hands it over; the server sends each device its own.
 */
export interface PlatformJoin {
  adapters(): Promise<JoinAdapter[]>
  /** Opens joining on one adapter with a fresh join code. */
  start(adapterId: string): Promise<JoinSessionInfo>
  stop(): Promise<void>
  status(): Promise<JoinStatus>
  setViews(views: { deviceId: string; view: DeviceView }[]): Promise<void>
  /** Calls `listener` with everything that happens in the room; returns the unsubscribe. */
  onEvent(listener: (event: JoinEvent) => void): () => void
}

export interface Platform {
  kind: PlatformKind
  appInfo(): Promise<AppInfo>
  /** Saves a session file (`.vantage`); `saved: false` when the facilitator cancelled. */
  saveSessionFile(suggestedName: string, contents: string): Promise<SaveOutcome>
  /** Lets the facilitator pick a session file; refuses files over MAX_SESSION_FILE_BYTES. */
  openSessionFile(): Promise<OpenOutcome>
  /** Saves a CSV file, UTF-8 with a byte order mark so spreadsheets read accents. */
  saveCsv(suggestedName: string, contents: string): Promise<SaveOutcome>
  /** The workshop's report as a PDF in `language`, printed from the `#/print/<id>` route. */
  exportPdf(
    workshopId: string,
    paper: PaperSize,
    language: Language,
    suggestedName: string,
  ): Promise<SaveOutcome>
  /** Null in a browser: a browser tab has no folder of its own to keep backups in. */
  backups: PlatformBackups | null
  presenter: PlatformPresenter
  /** Null in a browser: a tab has no menu of its own, and the browser owns its close. */
  desktop: PlatformDesktop | null
  templateFiles: PlatformTemplateFiles
  /** Null where no join server can run: a plain browser tab without the test server. */
  join: PlatformJoin | null
}

/**
 * Raised when a call fails: main's error result on the desktop, or the browser's own refusal
 * ('tooLarge', 'blocked', ...). Its problem says what went wrong, for the facilitator in their
 * language; its message is English, for the developer log.
 */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problem: MainProblem = { code: 'unexpected' },
  ) {
    super(message)
    this.name = 'PlatformError'
  }
}
