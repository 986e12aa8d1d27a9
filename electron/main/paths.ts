/**
 * Where things live on disk. The userData folder name is fixed forever: IndexedDB and the backups
 * sit inside it, so renaming it would silently orphan every user's data.
 */
import path from 'node:path'

export const USER_DATA_FOLDER_NAME = 'Vantage'

/** The userData folder, given the OS's per-user application data folder. */
export function userDataPath(appDataPath: string): string {
  return path.join(appDataPath, USER_DATA_FOLDER_NAME)
}

// The built main sits in out/main, next to out/renderer and out/preload.
export const rendererDir = path.join(import.meta.dirname, '../renderer')
export const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs')
