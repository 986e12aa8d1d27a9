/**
 * Native save and open dialogs, attached to the window that asked. They are the only source of
 * paths outside the app's own folders: the renderer offers at most a base name, which main has
 * already cleaned. A cancelled dialog answers null.
 */
import path from 'node:path'
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

export const SESSION_FILTER: FileFilter = { name: 'Vantage session', extensions: ['vantage'] }
export const TEMPLATE_FILTER: FileFilter = {
  name: 'Vantage template',
  extensions: ['vantage-template'],
}
export const CSV_FILTER: FileFilter = { name: 'CSV (comma-separated values)', extensions: ['csv'] }
export const PDF_FILTER: FileFilter = { name: 'PDF document', extensions: ['pdf'] }

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
  filter: FileFilter,
): Promise<string | null> {
  const folder = defaultFolder()
  const options: SaveDialogOptions = {
    defaultPath: folder === null ? baseName : path.join(folder, baseName),
    filters: [filter],
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
export async function askOpenPath(caller: Caller, filter: FileFilter): Promise<string | null> {
  const options: OpenDialogOptions = {
    filters: [filter, { name: 'All files', extensions: ['*'] }],
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
