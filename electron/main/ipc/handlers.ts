/**
 * Main's implementation of every method in the IPC contract. The `IpcHandlers` type makes a
 * contract method without a handler a compile error, so the contract and main cannot drift apart.
 */
import { app, type IpcMain } from 'electron'
import { ipcContract, type IpcMethod } from '../../../shared/ipc/contract'
import { registerIpcMethod, type IpcHandlers } from './register'

export function createIpcHandlers(): IpcHandlers {
  return {
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      dataFolder: app.getPath('userData'),
    }),
  }
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  trustedOrigins: readonly string[],
): void {
  const handlers = createIpcHandlers()
  // Generic, so TypeScript keeps each method paired with its own handler.
  const register = <M extends IpcMethod>(method: M): void =>
    registerIpcMethod(ipcMain, method, handlers[method], trustedOrigins)
  for (const method of Object.keys(ipcContract) as IpcMethod[]) register(method)
}
