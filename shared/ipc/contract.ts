/**
 * The one IPC contract between renderer and main. Each entry names a method of the preload API,
 * its channel (`area:verb`) and the zod schema of its arguments; main validates every call against
 * it, and the preload exposes exactly one method per entry.
 */
import { z } from 'zod'
import { IPC_CHANNELS } from './channels'
import type { IpcResult } from './result'

export interface AppInfo {
  name: string
  version: string
  /** Node's platform name: 'darwin', 'win32', 'linux'. */
  platform: string
  /** Where the app keeps its data and backups. */
  dataFolder: string
}

export const ipcContract = {
  appInfo: { channel: IPC_CHANNELS.appInfo, args: z.tuple([]) },
} as const

/** What each method resolves with, when ok. */
export interface IpcResults {
  appInfo: AppInfo
}

export type IpcMethod = keyof typeof ipcContract

export type IpcArgs<M extends IpcMethod> = z.infer<(typeof ipcContract)[M]['args']>

/** The API the preload exposes on `window.vantage`. */
export type VantageApi = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<IpcResults[M]>>
}

/** The origin the packaged renderer is served from; fixed forever, since IndexedDB is keyed by it. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'vantage'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
