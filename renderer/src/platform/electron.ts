/** The desktop platform: every call goes through one named preload method and its IPC channel. */
import type { IpcResult, VantageApi } from '@shared/ipc'
import { PlatformError, type Platform } from './types'

async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call
  if (result.ok) return result.value
  throw new PlatformError(result.error.code, result.error.message, result.error.problem)
}

export function createElectronPlatform(api: VantageApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => unwrap(api.appInfo()),
    saveSessionFile: (suggestedName, contents) =>
      unwrap(api.sessionSave({ suggestedName, contents })),
    openSessionFile: () => unwrap(api.sessionOpen()),
    saveCsv: (suggestedName, contents) => unwrap(api.csvSave({ suggestedName, contents })),
    templateFiles: {
      save: (suggestedName, contents) => unwrap(api.templateSave({ suggestedName, contents })),
      open: () => unwrap(api.templateOpen()),
    },
    exportPdf: (workshopId, paper, language, suggestedName) =>
      unwrap(api.reportExportPdf({ workshopId, paper, language, suggestedName })),
    backups: {
      write: (workshopId, title, contents) =>
        unwrap(api.backupWrite({ workshopId, title, contents })),
      list: () => unwrap(api.backupList()),
      read: async (id) => (await unwrap(api.backupRead({ id }))).contents,
    },
    presenter: {
      open: (workshopId) => unwrap(api.presenterOpen({ workshopId })),
      close: () => unwrap(api.presenterClose()),
      isOpen: () => unwrap(api.presenterIsOpen()),
    },
    desktop: {
      onCommand: (listener) => api.onMenuCommand(listener),
      setMenuState: (state) => unwrap(api.menuSetState(state)),
      setLanguage: (language) => unwrap(api.appSetLanguage({ language })),
      onFileWaiting: (listener) => api.onSessionFileWaiting(listener),
      takeWaitingFile: () => unwrap(api.sessionTakeWaiting()),
      onPrepareToQuit: (prepare) =>
        api.onPrepareToQuit(() => {
          // Main waits for this word; a failed preparation must not keep the app from closing.
          prepare()
            .catch((error: unknown) => console.error('Vantage could not prepare to quit:', error))
            .finally(() => void api.appQuitReady())
        }),
    },
    join: {
      adapters: () => unwrap(api.joinAdapters()),
      start: (adapterId) => unwrap(api.joinStart({ adapterId })),
      stop: () => unwrap(api.joinStop()),
      status: () => unwrap(api.joinStatus()),
      setViews: (views) => unwrap(api.joinSetViews(views)),
      onEvent: (listener) => api.onJoinEvent(listener),
    },
  }
}
