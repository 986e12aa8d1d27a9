/**
 * Channel names of the IPC contract, free of zod so that the sandboxed preload, which needs only
 * these strings, stays a few lines instead of carrying a schema library.
 */
export const IPC_CHANNELS = {
  appInfo: 'app:info',
  sessionSave: 'session:save',
  sessionOpen: 'session:open',
  csvSave: 'csv:save',
  templateSave: 'template:save',
  templateOpen: 'template:open',
  reportExportPdf: 'report:exportPdf',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  presenterOpen: 'presenter:open',
  presenterClose: 'presenter:close',
  presenterIsOpen: 'presenter:isOpen',
  menuSetState: 'menu:setState',
  appSetLanguage: 'app:setLanguage',
  sessionTakeWaiting: 'session:takeWaiting',
  appQuitReady: 'app:quitReady',
  joinAdapters: 'join:adapters',
  joinStart: 'join:start',
  joinStop: 'join:stop',
  joinStatus: 'join:status',
  joinSetViews: 'join:setViews',
} as const
