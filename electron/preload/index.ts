/**
 * The renderer's only way into main: `window.vantage`, one named method per contract entry.
 * Deliberately nothing generic, so a compromised page can reach exactly these channels, and each
 * method passes on only the arguments its channel takes.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS } from '../../shared/ipc/channels'
import type { VantageApi } from '../../shared/ipc/contract'

const api = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  sessionSave: (request) => ipcRenderer.invoke(IPC_CHANNELS.sessionSave, request),
  sessionOpen: () => ipcRenderer.invoke(IPC_CHANNELS.sessionOpen),
  csvSave: (request) => ipcRenderer.invoke(IPC_CHANNELS.csvSave, request),
  reportExportPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.reportExportPdf, request),
  backupWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
  backupRead: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, request),
  presenterOpen: (request) => ipcRenderer.invoke(IPC_CHANNELS.presenterOpen, request),
  presenterClose: () => ipcRenderer.invoke(IPC_CHANNELS.presenterClose),
  presenterIsOpen: () => ipcRenderer.invoke(IPC_CHANNELS.presenterIsOpen),
} satisfies VantageApi

contextBridge.exposeInMainWorld('vantage', api)
