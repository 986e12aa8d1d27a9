/**
 * What main tells the renderer, unasked: a menu command, a session or template file waiting, a
 * quit about to happen, something in the room when phones join. Free of zod, like channels.ts, so the sandboxed preload can check a
 * command against the list without carrying a schema library. Each event is one named listener
 * method on the preload API; none carries a path; the menu command and the join event carry a payload.
 */
import type { JoinEvent } from '../join/host'

/** Everything the application menu asks the renderer to do. */
export const APP_COMMANDS = [
  'newWorkshop',
  'openSession',
  'saveSession',
  'exportPdf',
  'exportRatingsCsv',
  'exportBetsCsv',
  'backups',
  'templateLibrary',
  'importTemplate',
  'undo',
  'redo',
  'togglePresenter',
  'toggleBlank',
  'shortcuts',
  'about',
] as const

export type AppCommand = (typeof APP_COMMANDS)[number]

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (APP_COMMANDS as readonly string[]).includes(value)
}

export const IPC_EVENTS = {
  /** A menu item was chosen; the payload is an AppCommand. */
  menuCommand: 'menu:command',
  /** A session or template file is waiting (double-click, command line, a second launch). */
  sessionFileWaiting: 'session:fileWaiting',
  /** The app is about to quit or the window to close: flush, back up, then say quitReady. */
  prepareToQuit: 'app:prepareToQuit',
  /** Something happened in the room: a phone joined, left or sent its input; a connection was refused. */
  joinEvent: 'join:event',
} as const

/** What the menu shows as possible, as the renderer sees it. */
export interface MenuState {
  /** A workshop is open: saving, exporting and the presenter apply to it. */
  workshopOpen: boolean
  canUndo: boolean
  canRedo: boolean
  presenterOpen: boolean
  /** The projector is blanked: the menu's "Blank the projector" shows its check mark. */
  presenterBlank: boolean
}

export const CLOSED_MENU_STATE: MenuState = {
  workshopOpen: false,
  canUndo: false,
  canRedo: false,
  presenterOpen: false,
  presenterBlank: false,
}

/** The listener methods the preload adds to the API, one per event; each returns its unsubscribe. */
export interface VantageEvents {
  onMenuCommand(listener: (command: AppCommand) => void): () => void
  onSessionFileWaiting(listener: () => void): () => void
  onPrepareToQuit(listener: () => void): () => void
  onJoinEvent(listener: (event: JoinEvent) => void): () => void
}

const JOIN_EVENT_KINDS: readonly string[] = ['device', 'input', 'refused', 'stopped']

/** A join event's outline, for the preload, which carries no schema library: main built it. */
export function isJoinEvent(value: unknown): value is JoinEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    JOIN_EVENT_KINDS.includes((value as { kind?: unknown }).kind as string)
  )
}
