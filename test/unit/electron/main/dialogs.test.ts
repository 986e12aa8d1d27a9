// Native dialogs: modal to the window that asked, offered in the documents folder, null on cancel.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectronWithFiles, type FakeElectronWithFiles } from '../fakeElectronFiles'
import type * as DialogsModule from '../../../../electron/main/dialogs'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../fakeElectronModule')).electronModule(() => electron.fake),
)

let dialogs: typeof DialogsModule

beforeEach(async () => {
  electron.fake = createFakeElectronWithFiles()
  await electron.fake.app.makeReady()
  vi.resetModules()
  dialogs = await import('../../../../electron/main/dialogs')
})

function callerWindow() {
  const window = new electron.fake.BrowserWindow({})
  return { window, caller: { sender: window.webContents } as never }
}

describe('askSavePath', () => {
  it('is modal to the calling window and offers the cleaned name in the documents folder', async () => {
    const { window, caller } = callerWindow()
    electron.fake.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/home/ada/Desktop/offsite.vantage',
    })
    await expect(dialogs.askSavePath(caller, 'offsite.vantage', 'session', 'en')).resolves.toBe(
      '/home/ada/Desktop/offsite.vantage',
    )
    expect(electron.fake.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: '/home/ada/Documents/offsite.vantage',
      filters: [{ name: 'Vantage session', extensions: ['vantage'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
  })

  it('answers null when cancelled, or when no path came back', async () => {
    const { caller } = callerWindow()
    await expect(dialogs.askSavePath(caller, 'a.csv', 'csv', 'en')).resolves.toBeNull()
    electron.fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '' })
    await expect(dialogs.askSavePath(caller, 'a.csv', 'csv', 'en')).resolves.toBeNull()
  })

  it('still asks when the calling window is gone, just not modally', async () => {
    const { window, caller } = callerWindow()
    window.destroy()
    await dialogs.askSavePath(caller, 'a.pdf', 'pdf', 'en')
    const [firstArgument] = electron.fake.dialog.showSaveDialog.mock.calls[0] ?? []
    expect(firstArgument).toMatchObject({ defaultPath: '/home/ada/Documents/a.pdf' })
  })

  it('offers the bare name when the OS has no documents folder', async () => {
    electron.fake.app.paths.delete('documents')
    await dialogs.askSavePath({ sender: {} } as never, 'a.pdf', 'pdf', 'en')
    expect(electron.fake.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: 'a.pdf',
    })
  })
})

describe('askOpenPath', () => {
  it('asks for one file, modal to the calling window, and answers its path', async () => {
    const { window, caller } = callerWindow()
    electron.fake.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/home/ada/offsite.vantage'],
    })
    await expect(dialogs.askOpenPath(caller, 'session', 'en')).resolves.toBe(
      '/home/ada/offsite.vantage',
    )
    const [parent, options] = electron.fake.dialog.showOpenDialog.mock.calls[0] ?? []
    expect(parent).toBe(window)
    expect(options).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: 'Vantage session', extensions: ['vantage'] }, { extensions: ['*'] }],
    })
  })

  it('answers null when cancelled', async () => {
    const { caller } = callerWindow()
    await expect(dialogs.askOpenPath(caller, 'session', 'en')).resolves.toBeNull()
  })
})

describe('the dialogs in the facilitator’s language', () => {
  it('names the file kinds in German or French, keeping the extensions', async () => {
    const { caller } = callerWindow()
    await dialogs.askOpenPath(caller, 'template', 'de')
    expect(electron.fake.dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      filters: [
        { name: 'Vantage-Vorlage', extensions: ['vantage-template'] },
        { name: 'Alle Dateien', extensions: ['*'] },
      ],
    })
    await dialogs.askSavePath(caller, 'a.pdf', 'pdf', 'fr')
    expect(electron.fake.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
    })
  })
})
