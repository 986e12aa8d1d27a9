// Session and template files the OS hands to a running or starting Vantage (the command line at
// start, a second launch, macOS's open-file) wait in main until the main window's page takes them
// over IPC, each named by its kind; the page is told one waits, never where it is, and taken
// files join the recent documents.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MAX_TEMPLATE_FILE_BYTES } from '../../../../shared/ipc/contract'
import { fakeEvent } from '../fakeElectron'
import { useMainProcess, type MainFake } from './mainProcess'
import { useTempFolder } from './services/fsHelpers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as MainFake }))
vi.mock('electron', async () => (await import('./mainProcess')).electronModule(() => electron.fake))

const main = useMainProcess(electron)
const folder = useTempFolder('main-file-opens')

const SESSION = '{"format":"vantage-session","version":1}'
const NONE = { ok: true, value: { kind: 'none' } }

async function sessionFile(name: string): Promise<string> {
  const filePath = path.join(folder(), name)
  await writeFile(filePath, SESSION)
  return filePath
}

const opened = (fileName: string) => ({
  ok: true,
  value: { kind: 'file', fileKind: 'session', fileName, contents: SESSION },
})

describe('a file on the command line at start', () => {
  it('waits for the page, which takes it once; it then joins the recent documents', async () => {
    const filePath = await sessionFile('Spring offsite.vantage')
    const { fake, window } = await main.startReady({
      argv: ['/opt/Vantage/vantage', '--no-sandbox', 'Spring offsite.vantage'],
      cwd: folder(),
    })
    // The page was not there to be told; it asks as soon as it starts.
    expect(window.webContents.send).not.toHaveBeenCalled()
    expect(fake.app.addRecentDocument).not.toHaveBeenCalled()

    const take = () => main.invoke(window.webContents, 'session:takeWaiting')
    expect(await take()).toEqual(opened('Spring offsite.vantage'))
    expect(fake.app.recentDocuments).toEqual([filePath])
    expect(await take()).toEqual(NONE)
  })

  it('hands the file to the main window’s page only, never to the presenter’s', async () => {
    await sessionFile('Spring offsite.vantage')
    const { fake, window } = await main.startReady({
      argv: ['/opt/Vantage/vantage', 'Spring offsite.vantage'],
      cwd: folder(),
    })
    const presenter = new fake.BrowserWindow({ title: 'Vantage — presenter' })
    expect(await main.invoke(presenter.webContents, 'session:takeWaiting')).toEqual(NONE)
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual(
      opened('Spring offsite.vantage'),
    )
  })

  it('leaves nothing waiting when the command line names no session file', async () => {
    const { window } = await main.startReady({ argv: ['/opt/Vantage/vantage', 'notes.txt'] })
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual(NONE)
  })
})

describe('a file from a second launch', () => {
  it('brings the window forward, tells its page one waits (not where), and hands it over', async () => {
    await sessionFile('Q3 review.vantage')
    const { fake, window } = await main.startReady()
    window.minimized = true
    const argv = ['/opt/Vantage/vantage', '--allow-file-access-from-files', 'Q3 review.vantage']
    fake.app.emit('second-instance', fakeEvent({}), argv, folder())

    expect(window.restore).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(window.webContents.send.mock.calls).toEqual([['session:fileWaiting']])
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual(
      opened('Q3 review.vantage'),
    )
  })

  it('tells the page nothing when the second launch names no file', async () => {
    const { fake, window } = await main.startReady()
    fake.app.emit('second-instance', fakeEvent({}), ['/opt/Vantage/vantage'], folder())
    expect(window.webContents.send).not.toHaveBeenCalled()
  })

  it('lets the same file asked for twice wait once, and tells the page once', async () => {
    await sessionFile('Q3.vantage')
    const { fake, window } = await main.startReady()
    for (let i = 0; i < 2; i += 1) {
      fake.app.emit('second-instance', fakeEvent({}), ['vantage', 'Q3.vantage'], folder())
    }
    expect(window.webContents.send.mock.calls).toEqual([['session:fileWaiting']])
    const take = () => main.invoke(window.webContents, 'session:takeWaiting')
    expect(await take()).toEqual(opened('Q3.vantage'))
    expect(await take()).toEqual(NONE)
  })

  it('opens one window when none is open, whose page then takes the file', async () => {
    await sessionFile('Q3.vantage')
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    await main.closeForGood(window)
    window.webContents.send.mockClear()
    fake.app.emit('second-instance', fakeEvent({}), ['vantage', 'Q3.vantage'], folder())

    const reopened = await main.windowNumber(2)
    expect(fake.BrowserWindow.getAllWindows()).toEqual([reopened])
    expect(window.webContents.send).not.toHaveBeenCalled()
    expect(await main.invoke(reopened.webContents, 'session:takeWaiting')).toEqual(
      opened('Q3.vantage'),
    )
  })

  it('names a file that is gone as unreadable, with the reason, and lists nothing as recent', async () => {
    const { fake, window } = await main.startReady()
    fake.app.emit('second-instance', fakeEvent({}), ['vantage', 'gone.vantage'], folder())
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual({
      ok: true,
      value: {
        kind: 'unreadable',
        fileKind: 'session',
        fileName: 'gone.vantage',
        problem: { code: 'fileGone' },
      },
    })
    expect(fake.app.addRecentDocument).not.toHaveBeenCalled()
  })
})

describe('a template file', () => {
  const TEMPLATE = '{"format":"vantage-template","version":1}'

  it('given on the command line waits as a template, beside a session file', async () => {
    const templatePath = path.join(folder(), 'Four lenses.vantage-template')
    await writeFile(templatePath, TEMPLATE)
    await sessionFile('Q3.vantage')
    const { fake, window } = await main.startReady({
      argv: ['/opt/Vantage/vantage', 'Four lenses.vantage-template', 'Q3.vantage'],
      cwd: folder(),
    })
    const take = () => main.invoke(window.webContents, 'session:takeWaiting')
    expect(await take()).toEqual({
      ok: true,
      value: {
        kind: 'file',
        fileKind: 'template',
        fileName: 'Four lenses.vantage-template',
        contents: TEMPLATE,
      },
    })
    expect(await take()).toEqual(opened('Q3.vantage'))
    expect(fake.app.recentDocuments[0]).toBe(templatePath)
  })

  it('from a second launch, over the template limit, is named unreadable with the reason', async () => {
    const templatePath = path.join(folder(), 'huge.vantage-template')
    await writeFile(templatePath, 'x'.repeat(MAX_TEMPLATE_FILE_BYTES + 1))
    const { fake, window } = await main.startReady()
    fake.app.emit('second-instance', fakeEvent({}), ['vantage', 'huge.vantage-template'], folder())
    expect(window.webContents.send.mock.calls).toEqual([['session:fileWaiting']])
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual({
      ok: true,
      value: {
        kind: 'unreadable',
        fileKind: 'template',
        fileName: 'huge.vantage-template',
        problem: { code: 'fileTooLarge', document: 'template', sizeMb: 2, limitMb: 1 },
      },
    })
    expect(fake.app.addRecentDocument).not.toHaveBeenCalled()
  })
})

describe('macOS open-file', () => {
  it('keeps a file handed over before ready, in Electron’s place, for the first window', async () => {
    const filePath = await sessionFile('Offsite.vantage')
    const fake = await main.start({ platform: 'darwin' })
    const event = fakeEvent({})
    fake.app.emit('open-file', event, filePath)
    // Prevented, or macOS reports that Vantage could not open the file.
    expect(event.defaultPrevented).toBe(true)
    expect(fake.BrowserWindow.instances).toHaveLength(0)

    await fake.app.makeReady()
    const window = await main.windowNumber(1)
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual(
      opened('Offsite.vantage'),
    )
    expect(fake.app.recentDocuments).toEqual([filePath])
  })

  it('refuses a file of neither kind without reading it, in a sentence', async () => {
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    fake.app.emit('open-file', fakeEvent({}), path.join(folder(), 'notes.txt'))
    expect(await main.invoke(window.webContents, 'session:takeWaiting')).toEqual({
      ok: true,
      value: {
        kind: 'unreadable',
        fileKind: null,
        fileName: 'notes.txt',
        problem: { code: 'notAVantageFile' },
      },
    })
  })

  it('tells a running window’s page that a file waits', async () => {
    const filePath = await sessionFile('Offsite.vantage')
    const { fake, window } = await main.startReady({ platform: 'darwin' })
    const event = fakeEvent({})
    fake.app.emit('open-file', event, filePath)
    expect(event.defaultPrevented).toBe(true)
    expect(window.show).toHaveBeenCalled()
    expect(window.webContents.send.mock.calls).toEqual([['session:fileWaiting']])
  })
})
