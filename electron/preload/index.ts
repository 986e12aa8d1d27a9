/**
 * The renderer's only way into main: `window.vantage`, one named method per contract entry.
 * Deliberately nothing generic, so a compromised page can reach exactly these channels.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS } from '../../shared/ipc/channels'
import type { VantageApi } from '../../shared/ipc/contract'

const api = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
} satisfies VantageApi

contextBridge.exposeInMainWorld('vantage', api)
