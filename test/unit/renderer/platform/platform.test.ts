// The platform door: chosen once from window.vantage; the desktop one unwraps main's results.
import { describe, expect, it, vi } from 'vitest'
import type { AppCommand, BackupEntry, IpcResult, VantageApi } from '@shared/ipc'
import type { JoinEvent } from '@shared/join'
import { choosePlatform, PlatformError } from '../../../../renderer/src/platform'

const info = {
  name: 'Vantage',
  version: '1.2.3',
  platform: 'linux',
  dataFolder: '/home/a/.config/Vantage',
}

const backup: BackupEntry = {
  id: 'w1--20250102T030405678Z.vantage',
  workshopId: 'w1',
  title: 'Offsite',
  savedAt: '2025-01-02T03:04:05.678Z',
  size: 2,
}

const answer = <T>(value: T) => vi.fn(async (): Promise<IpcResult<T>> => ({ ok: true, value }))

/** The preload's listener methods, with a way to fire each event as main would. */
function fakeEvents() {
  const menu = new Set<(command: AppCommand) => void>()
  const waiting = new Set<() => void>()
  const quit = new Set<() => void>()
  const subscribe =
    <L>(set: Set<L>) =>
    (listener: L) => {
      set.add(listener)
      return () => void set.delete(listener)
    }
  return {
    onMenuCommand: vi.fn(subscribe(menu)),
    onSessionFileWaiting: vi.fn(subscribe(waiting)),
    onPrepareToQuit: vi.fn(subscribe(quit)),
    onJoinEvent: vi.fn(subscribe(new Set<(event: JoinEvent) => void>())),
    fire: {
      menu: (command: AppCommand) => menu.forEach((l) => l(command)),
      waiting: () => waiting.forEach((l) => l()),
      quit: () => quit.forEach((l) => l()),
    },
  }
}

function fakeApi(overrides: Partial<VantageApi> = {}) {
  return {
    appInfo: answer(info),
    sessionSave: answer({ saved: true, fileName: 'Offsite.vantage' }),
    sessionOpen: answer({ opened: true as const, fileName: 'a.vantage', contents: '{}' }),
    csvSave: answer({ saved: true, fileName: 'Scores.csv' }),
    templateSave: answer({ saved: true, fileName: 'Four lenses.vantage-template' }),
    templateOpen: answer({
      opened: true as const,
      fileName: 'Four lenses.vantage-template',
      contents: '{"format":"vantage-template"}',
    }),
    reportExportPdf: answer({ saved: false }),
    backupWrite: answer(backup),
    backupList: answer([backup]),
    backupRead: answer({ contents: '{"workshop":{}}' }),
    presenterOpen: answer(undefined),
    presenterClose: answer(undefined),
    presenterIsOpen: answer(true),
    menuSetState: answer(undefined),
    appSetLanguage: answer(undefined),
    sessionTakeWaiting: answer({
      kind: 'file' as const,
      fileKind: 'template' as const,
      fileName: 'a.vantage-template',
      contents: '{}',
    }),
    appQuitReady: answer(undefined),
    joinAdapters: answer([
      { id: 'wlan0|192.168.1.20', name: 'wlan0', address: '192.168.1.20', kind: 'wifi' as const },
    ]),
    joinStart: answer({
      adapterId: 'wlan0|192.168.1.20',
      url: 'http://192.168.1.20:5000/ABCDEF/',
      code: 'ABCDEF',
    }),
    joinStop: answer(undefined),
    joinStatus: answer({ session: null, devices: [], inputs: [], refused: 0 }),
    joinSetViews: answer(undefined),
    ...fakeEvents(),
    ...overrides,
  } satisfies VantageApi & { fire: unknown }
}

describe('choosePlatform', () => {
  it('uses the preload API when the desktop app provides one', async () => {
    const api = fakeApi()
    const platform = choosePlatform({ vantage: api }, '0.0.0')
    expect(platform.kind).toBe('desktop')
    await expect(platform.appInfo()).resolves.toEqual(info)
    expect(api.appInfo).toHaveBeenCalledTimes(1)
  })

  it('falls back to the browser platform without a preload API', async () => {
    const platform = choosePlatform({}, '4.5.6')
    expect(platform.kind).toBe('browser')
    expect(platform.backups).toBeNull()
    expect(platform.desktop).toBeNull()
    await expect(platform.appInfo()).resolves.toMatchObject({
      version: '4.5.6',
      platform: 'browser',
    })
  })
})

describe('the desktop platform', () => {
  it('passes each call to its own preload method and answers its value', async () => {
    const api = fakeApi()
    const platform = choosePlatform({ vantage: api }, '0.0.0')

    await expect(platform.saveSessionFile('Offsite', '{}')).resolves.toEqual({
      saved: true,
      fileName: 'Offsite.vantage',
    })
    expect(api.sessionSave).toHaveBeenCalledWith({ suggestedName: 'Offsite', contents: '{}' })

    await expect(platform.openSessionFile()).resolves.toMatchObject({ opened: true })
    expect(api.sessionOpen).toHaveBeenCalledWith()

    await platform.saveCsv('Scores', 'a,b')
    expect(api.csvSave).toHaveBeenCalledWith({ suggestedName: 'Scores', contents: 'a,b' })

    await expect(platform.exportPdf('w1', 'Letter', 'fr', 'Report')).resolves.toEqual({
      saved: false,
    })
    expect(api.reportExportPdf).toHaveBeenCalledWith({
      workshopId: 'w1',
      paper: 'Letter',
      language: 'fr',
      suggestedName: 'Report',
    })
  })

  it('saves and opens template files through their own preload methods', async () => {
    const api = fakeApi()
    const { templateFiles } = choosePlatform({ vantage: api }, '0.0.0')
    await expect(templateFiles.save('Four lenses', '{"a":1}')).resolves.toEqual({
      saved: true,
      fileName: 'Four lenses.vantage-template',
    })
    expect(api.templateSave).toHaveBeenCalledWith({
      suggestedName: 'Four lenses',
      contents: '{"a":1}',
    })
    await expect(templateFiles.open()).resolves.toEqual({
      opened: true,
      fileName: 'Four lenses.vantage-template',
      contents: '{"format":"vantage-template"}',
    })
    expect(api.templateOpen).toHaveBeenCalledWith()
    expect(api.sessionOpen).not.toHaveBeenCalled()
  })

  it('offers the backups folder: write, list, and read answering the contents alone', async () => {
    const api = fakeApi()
    const { backups } = choosePlatform({ vantage: api }, '0.0.0')
    if (backups === null) throw new Error('the desktop platform has backups')
    await expect(backups.write('w1', 'Offsite', '{}')).resolves.toEqual(backup)
    expect(api.backupWrite).toHaveBeenCalledWith({
      workshopId: 'w1',
      title: 'Offsite',
      contents: '{}',
    })
    await expect(backups.list()).resolves.toEqual([backup])
    await expect(backups.read(backup.id)).resolves.toBe('{"workshop":{}}')
    expect(api.backupRead).toHaveBeenCalledWith({ id: backup.id })
  })

  it('opens, closes and asks after the presenter through its own preload methods', async () => {
    const api = fakeApi()
    const { presenter } = choosePlatform({ vantage: api }, '0.0.0')
    await expect(presenter.open('w1')).resolves.toBeUndefined()
    expect(api.presenterOpen).toHaveBeenCalledWith({ workshopId: 'w1' })
    await expect(presenter.isOpen()).resolves.toBe(true)
    expect(api.presenterIsOpen).toHaveBeenCalledWith()
    await expect(presenter.close()).resolves.toBeUndefined()
    expect(api.presenterClose).toHaveBeenCalledWith()
  })

  it('passes menu commands on, and stops when unsubscribed', () => {
    const api = fakeApi()
    const { desktop } = choosePlatform({ vantage: api }, '0.0.0')
    if (desktop === null) throw new Error('the desktop platform has a menu')
    const heard: AppCommand[] = []
    const stop = desktop.onCommand((command) => heard.push(command))
    api.fire.menu('undo')
    stop()
    api.fire.menu('redo')
    expect(heard).toEqual(['undo'])
  })

  it('reports the menu state and takes waiting files through their own methods', async () => {
    const api = fakeApi()
    const { desktop } = choosePlatform({ vantage: api }, '0.0.0')
    if (desktop === null) throw new Error('the desktop platform has a menu')
    const state = {
      workshopOpen: true,
      canUndo: false,
      canRedo: true,
      presenterOpen: false,
      presenterBlank: false,
    }
    await desktop.setMenuState(state)
    expect(api.menuSetState).toHaveBeenCalledWith(state)
    await expect(desktop.takeWaitingFile()).resolves.toEqual({
      kind: 'file',
      fileKind: 'template',
      fileName: 'a.vantage-template',
      contents: '{}',
    })
    let waiting = 0
    desktop.onFileWaiting(() => (waiting += 1))
    api.fire.waiting()
    expect(waiting).toBe(1)
  })

  it('tells main it may quit only once the preparation has settled, even when it failed', async () => {
    const api = fakeApi()
    const { desktop } = choosePlatform({ vantage: api }, '0.0.0')
    if (desktop === null) throw new Error('the desktop platform has a quit')
    let finish: () => void = () => {}
    desktop.onPrepareToQuit(() => new Promise<void>((resolve) => (finish = resolve)))
    api.fire.quit()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(api.appQuitReady).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(api.appQuitReady).toHaveBeenCalledTimes(1))

    const failing = fakeApi()
    const quietly = vi.spyOn(console, 'error').mockImplementation(() => {})
    choosePlatform({ vantage: failing }, '0.0.0').desktop?.onPrepareToQuit(async () => {
      throw new Error('The disk is full.')
    })
    failing.fire.quit()
    await vi.waitFor(() => expect(failing.appQuitReady).toHaveBeenCalledTimes(1))
    expect(quietly).toHaveBeenCalled()
    quietly.mockRestore()
  })

  it('rejects when main refuses to open the presenter', async () => {
    const refusal = async () =>
      ({
        ok: false,
        error: { code: 'invalid-arguments', message: 'presenter:open: bad id' },
      }) as const
    const { presenter } = choosePlatform({ vantage: fakeApi({ presenterOpen: refusal }) }, '0.0.0')
    await expect(presenter.open('../x')).rejects.toMatchObject({ code: 'invalid-arguments' })
  })

  it("turns an error result from main into a PlatformError with its code and main's sentence", async () => {
    const refusal = async () =>
      ({ ok: false, error: { code: 'failed', message: 'The disk is full.' } }) as const
    const platform = choosePlatform(
      {
        vantage: fakeApi({
          appInfo: async () => ({ ok: false, error: { code: 'forbidden-sender', message: 'no' } }),
          sessionSave: refusal,
          backupWrite: refusal,
          templateOpen: async () => ({
            ok: false,
            error: {
              code: 'failed',
              message: 'This file is 2 MB; Vantage opens template files of up to 1 MB.',
            },
          }),
        }),
      },
      '0.0.0',
    )
    const failure = platform.appInfo()
    await expect(failure).rejects.toBeInstanceOf(PlatformError)
    await expect(failure).rejects.toMatchObject({ code: 'forbidden-sender' })
    await expect(platform.saveSessionFile('a', '{}')).rejects.toMatchObject({
      code: 'failed',
      message: 'The disk is full.',
    })
    await expect(platform.backups?.write('w1', 't', '{}')).rejects.toThrow('The disk is full.')
    await expect(platform.templateFiles.open()).rejects.toThrow(
      'This file is 2 MB; Vantage opens template files of up to 1 MB.',
    )
  })
})
