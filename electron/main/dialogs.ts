/**
 * Native save and open dialogs, attached to the window that asked. They are the only source of
 * paths outside the app's own folders: the renderer offers at most a base name, which main has
 * already cleaned. A cancelled dialog answers null.
 */
import path from 'node:path'
import type { Language } from '../../shared/i18n/languages'
import { MAIN_TEXT } from './locales/mainText'
import {
  app,
  BrowserWindow,
  dialog,
  type FileFilter,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'

type Caller = Pick<IpcMainInvokeEvent, 'sender'>

const EXTENSIONS = {
  session: ['vantage'],
  template: ['vantage-template'],
  csv: ['csv'],
  pdf: ['pdf'],
} as const

/** The kinds of file the dialogs offer, each shown under its name in the facilitator's language. */
export type FileKind = keyof typeof EXTENSIONS

export function fileFilter(kind: FileKind, language: Language): FileFilter {
  return { name: MAIN_TEXT[language].filters[kind], extensions: [...EXTENSIONS[kind]] }
}

/** The calling window, when it still exists; dialogs are modal to it. */
function windowOf(caller: Caller): BrowserWindow | null {
  const window = BrowserWindow.fromWebContents(caller.sender)
  return window === null || window.isDestroyed() ? null : window
}

/** The documents folder, where a first save is offered; the OS picks when there is none. */
function defaultFolder(): string | null {
  try {
    return app.getPath('documents')
  } catch {
    return null
  }
}

/** Asks where to save a file named `baseName` (already cleaned); null when cancelled. */
export async function askSavePath(
  caller: Caller,
  baseName: string,
  kind: FileKind,
  language: Language,
): Promise<string | null> {
  const folder = defaultFolder()
  const options: SaveDialogOptions = {
    defaultPath: folder === null ? baseName : path.join(folder, baseName),
    filters: [fileFilter(kind, language)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const window = windowOf(caller)
  const result = await (window === null
    ? dialog.showSaveDialog(options)
    : dialog.showSaveDialog(window, options))
  if (result.canceled || !result.filePath) return null
  return result.filePath
}

/** Asks for one file to open; null when cancelled. */
export async function askOpenPath(
  caller: Caller,
  kind: FileKind,
  language: Language,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    filters: [
      fileFilter(kind, language),
      { name: MAIN_TEXT[language].filters.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile'],
  }
  const window = windowOf(caller)
  const result = await (window === null
    ? dialog.showOpenDialog(options)
    : dialog.showOpenDialog(window, options))
  const [filePath] = result.filePaths
  if (result.canceled || filePath === undefined) return null
  return filePath
}
