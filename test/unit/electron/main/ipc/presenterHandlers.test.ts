// The presenter's three channels: registered with the others, guarded by the same sender check,
// and refusing any workshop id the app never makes before a window is touched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createFakeElectronWithScreen,
  LAPTOP,
  PROJECTOR,
  type FakeElectronWithScreen,
  type PlacedWindow,
} from '../../fakeElectronScreen'
import type * as HandlersModule from '../../../../../electron/main/ipc/handlers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithScreen }))
vi.mock('electron', async () =>
  (await import('../../fakeElectronModule')).electronModule(() => electron.fake),
)

let handlers: typeof HandlersModule
const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'

beforeEach(async () => {
  electron.fake = createFakeElectronWithScreen()
  electron.fake.screen.displays = [LAPTOP, PROJECTOR]
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  handlers = await import('../../../../../electron/main/ipc/handlers')
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/** The channels as ipcRenderer.invoke reaches them, from `from` (the main window by default). */
function registered() {
  const { ipcMain, BrowserWindow } = electron.fake
  handlers.registerIpcHandlers(ipcMain as never, ['app://vantage'])
  const main = new BrowserWindow({ x: 100, y: 100, width: 1280, height: 800 })
  const call = async (channel: string, args: unknown[], from: PlacedWindow = main) => {
    const listener = ipcMain.handlers.get(channel)
    if (listener === undefined) throw new Error(`nothing registered on ${channel}`)
    const event = { senderFrame: { url: 'app://vantage/index.html' }, sender: from.webContents }
    return listener(event, ...args)
  }
  return { main, call }
}

const windowCount = () => electron.fake.BrowserWindow.instances.length

describe('presenter channels', () => {
  it('open, answer whether it is open, and close', async () => {
    const { call } = registered()
    expect(await call('presenter:isOpen', [])).toEqual({ ok: true, value: false })
    expect(await call('presenter:open', [{ workshopId: WORKSHOP }])).toEqual({
      ok: true,
      value: undefined,
    })
    const window = electron.fake.BrowserWindow.instances.at(-1) as PlacedWindow
    expect(window.loadURL).toHaveBeenCalledWith(`app://vantage/index.html#/present/${WORKSHOP}`)
    expect(await call('presenter:isOpen', [])).toEqual({ ok: true, value: true })
    expect(await call('presenter:close', [])).toEqual({ ok: true, value: undefined })
    expect(window.isDestroyed()).toBe(true)
    expect(await call('presenter:isOpen', [])).toEqual({ ok: true, value: false })
  })

  it("keeps the presenter off the calling window's display", async () => {
    const { call } = registered()
    await call('presenter:open', [{ workshopId: 'w_1' }])
    const window = electron.fake.BrowserWindow.instances.at(-1) as PlacedWindow
    window.emit('ready-to-show')
    expect(window.bounds).toEqual(PROJECTOR.bounds)
    expect(window.fullScreen).toBe(true)
  })

  it('refuses ids no session file may carry, and any other shape, opening nothing', async () => {
    const { call } = registered()
    const before = windowCount()
    for (const args of [
      [{ workshopId: '' }],
      [{ workshopId: 'x'.repeat(101) }],
      [{ workshopId: 42 }],
      [{ workshopId: 'w1', url: 'https://example.com/' }],
      ['w1'],
      [],
    ]) {
      expect(await call('presenter:open', args), JSON.stringify(args)).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      })
    }
    expect(await call('presenter:close', ['now'])).toMatchObject({ ok: false })
    expect(windowCount()).toBe(before)
  })

  it('accepts the longest id the contract allows', async () => {
    const { call } = registered()
    expect(await call('presenter:open', [{ workshopId: 'A-z_9'.repeat(20) }])).toMatchObject({
      ok: true,
    })
  })

  it('opens any id a session file may carry on a route that keeps it whole', async () => {
    const { call } = registered()
    expect(await call('presenter:open', [{ workshopId: 'w1#/home?x=../a b' }])).toMatchObject({
      ok: true,
    })
    const window = electron.fake.BrowserWindow.instances.at(-1) as PlacedWindow
    expect(window.loadURL).toHaveBeenCalledWith(
      'app://vantage/index.html#/present/w1~0023~002Fhome~003Fx~003D~002E~002E~002Fa~0020b',
    )
  })

  it('refuses callers from other origins', async () => {
    const { call } = registered()
    const listener = electron.fake.ipcMain.handlers.get('presenter:open')
    const stranger = { senderFrame: { url: 'https://example.com/' } }
    expect(await listener?.(stranger, { workshopId: WORKSHOP })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(await call('presenter:isOpen', [])).toEqual({ ok: true, value: false })
  })

  it('will not let the presenter open a presenter of its own, but lets it close itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = registered()
    await call('presenter:open', [{ workshopId: WORKSHOP }])
    const window = electron.fake.BrowserWindow.instances.at(-1) as PlacedWindow
    expect(await call('presenter:open', [{ workshopId: 'w2' }], window)).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    })
    expect(await call('presenter:close', [], window)).toEqual({ ok: true, value: undefined })
    expect(window.isDestroyed()).toBe(true)
  })
})
