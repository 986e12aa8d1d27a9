/**
 * The renderer's only way into main: `window.vantage`, one named method per contract entry and
 * one named listener per event. Deliberately nothing generic, so a compromised page can reach
 * exactly these channels, each method passes on only the arguments its channel takes, and a
 * listener gets only the event's checked payload, never Electron's event object.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNELS } from '../../shared/ipc/channels'
import type { VantageApi } from '../../shared/ipc/contract'
import { IPC_EVENTS, isAppCommand, isJoinEvent } from '../../shared/ipc/events'

/** Listens on one event channel; the returned function stops listening. */
function listen(channel: string, listener: (payload: unknown) => void): () => void {
  const handler = (_event: unknown, payload: unknown) => listener(payload)
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

const api = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  sessionSave: (request) => ipcRenderer.invoke(IPC_CHANNELS.sessionSave, request),
  sessionOpen: () => ipcRenderer.invoke(IPC_CHANNELS.sessionOpen),
  csvSave: (request) => ipcRenderer.invoke(IPC_CHANNELS.csvSave, request),
  templateSave: (request) => ipcRenderer.invoke(IPC_CHANNELS.templateSave, request),
  templateOpen: () => ipcRenderer.invoke(IPC_CHANNELS.templateOpen),
  reportExportPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.reportExportPdf, request),
  backupWrite: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupWrite, request),
  backupList: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
  backupRead: (request) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, request),
  presenterOpen: (request) => ipcRenderer.invoke(IPC_CHANNELS.presenterOpen, request),
  presenterClose: () => ipcRenderer.invoke(IPC_CHANNELS.presenterClose),
  presenterIsOpen: () => ipcRenderer.invoke(IPC_CHANNELS.presenterIsOpen),
  menuSetState: (state) => ipcRenderer.invoke(IPC_CHANNELS.menuSetState, state),
  appSetLanguage: (request) => ipcRenderer.invoke(IPC_CHANNELS.appSetLanguage, request),
  sessionTakeWaiting: () => ipcRenderer.invoke(IPC_CHANNELS.sessionTakeWaiting),
  appQuitReady: () => ipcRenderer.invoke(IPC_CHANNELS.appQuitReady),
  joinAdapters: () => ipcRenderer.invoke(IPC_CHANNELS.joinAdapters),
  joinStart: (request) => ipcRenderer.invoke(IPC_CHANNELS.joinStart, request),
  joinStop: () => ipcRenderer.invoke(IPC_CHANNELS.joinStop),
  joinStatus: () => ipcRenderer.invoke(IPC_CHANNELS.joinStatus),
  joinSetViews: (views) => ipcRenderer.invoke(IPC_CHANNELS.joinSetViews, views),

  onMenuCommand: (listener) =>
    listen(IPC_EVENTS.menuCommand, (command) => {
      if (isAppCommand(command)) listener(command)
    }),
  onSessionFileWaiting: (listener) => listen(IPC_EVENTS.sessionFileWaiting, () => listener()),
  onPrepareToQuit: (listener) => listen(IPC_EVENTS.prepareToQuit, () => listener()),
  onJoinEvent: (listener) =>
    listen(IPC_EVENTS.joinEvent, (event) => {
      if (isJoinEvent(event)) listener(event)
    }),
} satisfies VantageApi

contextBridge.exposeInMainWorld('vantage', api)
