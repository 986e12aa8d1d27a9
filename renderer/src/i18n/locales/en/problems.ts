/**
 * Why something could not be done, one sentence per problem code that main or the browser
 * reports (shared/ipc/problems.ts), plus the storage's own refusals. Each is a whole sentence,
 * said after a colon: "Could not save: {{reason}} Nothing was changed."
 */
export const problems = {
  diskFull: 'The disk is full. Free some space and try again.',
  quotaUsed: 'Your disk quota is used up.',
  writeForbidden: 'Vantage is not allowed to write in this folder. Choose another folder.',
  readOnlyDisk: 'This disk is read-only, so nothing can be saved there.',
  folderGone: 'The folder no longer exists.',
  fileBusy: 'Another program is using this file. Close it and try again.',
  nameTooLong: 'The file name is too long. Choose a shorter name.',
  writeFailed: 'The file could not be saved ({{osCode}}).',
  fileGone: 'The file no longer exists.',
  readForbidden: 'Vantage is not allowed to read this file.',
  isFolder: 'This is a folder, not a file.',
  readFailed: 'The file could not be read ({{osCode}}).',
  notAFile: 'This is not a file Vantage can open.',
  fileTooLarge: {
    session: 'This file is {{sizeMb}} MB; Vantage opens session files of up to {{limitMb}} MB.',
    template: 'This file is {{sizeMb}} MB; Vantage opens template files of up to {{limitMb}} MB.',
  },
  notText: {
    session: 'This is not a Vantage session file: it is not text.',
    template: 'This is not a Vantage template file: it is not text.',
  },
  tooLargeToSave: {
    session: 'This session is {{sizeMb}} MB, over the {{limitMb}} MB Vantage can open again.',
    template: 'This template is {{sizeMb}} MB, over the {{limitMb}} MB Vantage can open again.',
  },
  notAVantageFile:
    'Vantage opens session files (.vantage) and template files (.vantage-template), and this is neither.',
  noSuchBackup: 'There is no such backup.',
  backupTooLarge: 'This backup is too large to open.',
  tooLargeToBackUp: 'This workshop is too large to back up.',
  printIdInvalid: 'This workshop cannot be printed: its id is not valid.',
  printWindowClosed: 'The report window closed before it was printed.',
  printFailed: 'The report could not be prepared for printing.',
  printTimedOut: 'The report took too long to prepare, so no PDF was made. Try again.',
  presenterIdInvalid: 'This workshop cannot be presented: its id is not valid.',
  presenterFromPresenter: 'The presenter window cannot open a presenter of its own.',
  callerClosed: 'The window that asked has closed.',
  joinNetworkGone: 'That network is no longer connected. Choose another one.',
  joinNotHere: 'Only the facilitator’s window lets the room join.',
  joinPageMissing: 'The phone page is not built. Run npm run build, then try again.',
  joinServerGone: 'The join server is not running.',
  printBlocked: 'The browser blocked the print tab. Allow pop-ups for Vantage and try again.',
  presenterBlocked:
    'The browser blocked the presenter window. Allow pop-ups for Vantage and try again.',
  unexpected: 'Something unexpected went wrong ({{detail}}).',
  storageFull: 'The disk is full.',
  storageUnavailable: 'The app’s storage refused the change.',
} as const
