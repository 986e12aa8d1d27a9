// The three channels that reach the app around the handlers (menu:setState, session:takeWaiting,
// app:quitReady): each hands its checked arguments to the host, and the caller's web contents
// where it matters, and refuses anything outside the contract or from outside the app before
// the host hears of it.
import type { Language } from '../../../../../shared/i18n/languages'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as HandlersModule from '../../../../../electron/main/ipc/handlers'
import type { WaitingFile } from '../../../../../shared/ipc/contract'
import type { MenuState } from '../../../../../shared/ipc/events'
import { createFakeElectronWithFiles, type FakeElectronWithFiles } from '../../fakeElectronFiles'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../../fakeElectronModule')).electronModule(() => electron.fake),
)

let handlersModule: typeof HandlersModule

beforeEach(async () => {
  electron.fake = createFakeElectronWithFiles()
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  handlersModule = await import('../../../../../electron/main/ipc/handlers')
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

const WAITING: WaitingFile = {
  kind: 'file',
  fileKind: 'session',
  fileName: 'Spring offsite.vantage',
  contents: '{"format":"vantage-session"}',
}

function fakeHost() {
  return {
    setMenuState: vi.fn((_sender: unknown, _state: MenuState) => {}),
    takeWaitingFile: vi.fn(async (_sender: unknown): Promise<WaitingFile> => WAITING),
    readyToQuit: vi.fn((_sender: unknown) => {}),
    mayJoin: vi.fn((_sender: unknown) => true),
    setLanguage: vi.fn((_sender: unknown, _language: Language) => {}),
    language: vi.fn((): Language => 'en'),
  }
}

/**
 * The channels, registered with a fake host (or none), called as ipcRenderer.invoke from a
 * window's page.
 */
function registered({ withHost = true } = {}) {
  const host = fakeHost()
  const { ipcMain } = electron.fake
  handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'], {
    host: withHost ? host : undefined,
  })
  const window = new electron.fake.BrowserWindow({})
  const call = async (
    channel: string,
    args: unknown[],
    from = { sender: window.webContents, url: 'app://vantage/index.html' },
  ) => {
    const listener = ipcMain.handlers.get(channel)
    if (listener === undefined) throw new Error(`nothing registered on ${channel}`)
    return listener({ sender: from.sender, senderFrame: { url: from.url } }, ...args)
  }
  return { host, window, call }
}

const OPEN: MenuState = {
  workshopOpen: true,
  canUndo: false,
  canRedo: true,
  presenterOpen: false,
  presenterBlank: false,
}
const invalid = { ok: false, error: { code: 'invalid-arguments' } }

describe('menu:setState', () => {
  it('hands the state to the host, with the page that sent it', async () => {
    const { host, window, call } = registered()
    expect(await call('menu:setState', [OPEN])).toEqual({ ok: true, value: undefined })
    expect(host.setMenuState.mock.calls).toEqual([[window.webContents, OPEN]])
  })

  it.each([
    ['an extra key', [{ ...OPEN, label: 'Quit' }]],
    ['a string for a boolean', [{ ...OPEN, canUndo: 'true' }]],
    ['a number for a boolean', [{ ...OPEN, workshopOpen: 1 }]],
    ['a missing key', [{ workshopOpen: true, canUndo: false, canRedo: true }]],
    ['no state', []],
    ['null', [null]],
    ['a second argument', [OPEN, OPEN]],
  ])('refuses %s without telling the host', async (_, args) => {
    const { host, call } = registered()
    expect(await call('menu:setState', args)).toMatchObject(invalid)
    expect(host.setMenuState).not.toHaveBeenCalled()
  })
})

describe('session:takeWaiting', () => {
  it('answers what the host hands over to the page that asked', async () => {
    const { host, window, call } = registered()
    expect(await call('session:takeWaiting', [])).toEqual({ ok: true, value: WAITING })
    expect(host.takeWaitingFile.mock.calls).toEqual([[window.webContents]])
  })

  it('refuses a path from the page: the renderer never names one', async () => {
    const { host, call } = registered()
    expect(await call('session:takeWaiting', ['/etc/passwd'])).toMatchObject(invalid)
    expect(host.takeWaitingFile).not.toHaveBeenCalled()
  })

  it('reports a host that failed as an error result', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { host, call } = registered()
    host.takeWaitingFile.mockRejectedValueOnce(new Error('The disk went away.'))
    expect(await call('session:takeWaiting', [])).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The disk went away.', problem: { code: 'unexpected' } },
    })
  })
})

describe('app:quitReady', () => {
  it('tells the host which page is ready', async () => {
    const { host, window, call } = registered()
    expect(await call('app:quitReady', [])).toEqual({ ok: true, value: undefined })
    expect(host.readyToQuit).toHaveBeenCalledTimes(1)
    expect(host.readyToQuit.mock.calls[0]?.[0]).toBe(window.webContents)
  })

  it('refuses arguments without telling the host', async () => {
    const { host, call } = registered()
    expect(await call('app:quitReady', [true])).toMatchObject(invalid)
    expect(host.readyToQuit).not.toHaveBeenCalled()
  })
})

describe('all three', () => {
  it('refuse a page from outside the app before the host hears of it', async () => {
    const { host, window, call } = registered()
    const stranger = { sender: window.webContents, url: 'https://example.com/' }
    for (const [channel, args] of [
      ['menu:setState', [OPEN]],
      ['session:takeWaiting', []],
      ['app:quitReady', []],
    ] as const) {
      expect(await call(channel, [...args], stranger), channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      })
    }
    expect(host.setMenuState).not.toHaveBeenCalled()
    expect(host.takeWaitingFile).not.toHaveBeenCalled()
    expect(host.readyToQuit).not.toHaveBeenCalled()
  })

  it('do nothing harmful without a host: no file waits, nothing is held', async () => {
    const { call } = registered({ withHost: false })
    expect(await call('menu:setState', [OPEN])).toEqual({ ok: true, value: undefined })
    expect(await call('session:takeWaiting', [])).toEqual({ ok: true, value: { kind: 'none' } })
    expect(await call('app:quitReady', [])).toEqual({ ok: true, value: undefined })
  })
})
