// The presenter window: where it goes (a pure choice among displays), that there is only ever one,
// that it is hardened like the main window, loads the present route, and goes when asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createFakeElectronWithScreen,
  LAPTOP,
  PROJECTOR,
  type FakeDisplay,
  type FakeElectronWithScreen,
  type PlacedWindow,
} from '../fakeElectronScreen'
import type * as PresenterModule from '../../../../electron/main/presenter'
import type * as SecurityModule from '../../../../electron/main/security'
import type * as WindowModule from '../../../../electron/main/window'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithScreen }))
vi.mock('electron', async () =>
  (await import('../fakeElectronModule')).electronModule(() => electron.fake),
)

const SMALL: FakeDisplay = {
  id: 3,
  bounds: { x: -1280, y: 0, width: 1280, height: 720 },
  workArea: { x: -1280, y: 0, width: 1280, height: 720 },
}
/** 1280×720 centred in the laptop's work area. */
const ON_LAPTOP = { x: 80, y: 102, width: 1280, height: 720 }
const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'

let presenter: typeof PresenterModule
let windowModule: typeof WindowModule
let security: typeof SecurityModule

beforeEach(async () => {
  electron.fake = createFakeElectronWithScreen()
  electron.fake.screen.displays = [LAPTOP, PROJECTOR]
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  presenter = await import('../../../../electron/main/presenter')
  windowModule = await import('../../../../electron/main/window')
  security = await import('../../../../electron/main/security')
})

afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/** The facilitator's window, on the laptop unless told otherwise. */
function mainWindow(bounds = { x: 100, y: 100, width: 1280, height: 800 }): PlacedWindow {
  return new electron.fake.BrowserWindow({ title: 'Vantage', ...bounds })
}

function open(workshopId = WORKSHOP, facilitator = mainWindow()) {
  presenter.openPresenterWindow(workshopId, facilitator as never)
  const window = electron.fake.BrowserWindow.instances.at(-1) as PlacedWindow
  return { window, facilitator }
}

describe('presenterPlacement', () => {
  it('is a window centred in the work area when there is one display', () => {
    expect(presenter.presenterPlacement([LAPTOP], LAPTOP.id)).toEqual({
      kind: 'window',
      bounds: ON_LAPTOP,
    })
  })

  it('shrinks the window to fit a small work area', () => {
    const tiny = { ...LAPTOP, workArea: { x: 10, y: 20, width: 1024, height: 600 } }
    expect(presenter.presenterPlacement([tiny], tiny.id).bounds).toEqual(tiny.workArea)
  })

  it('is full screen on the other display when there are two', () => {
    expect(presenter.presenterPlacement([LAPTOP, PROJECTOR], LAPTOP.id)).toEqual({
      kind: 'external',
      bounds: PROJECTOR.bounds,
      displayId: PROJECTOR.id,
    })
  })

  it('takes the largest of several external displays, whatever their order', () => {
    for (const displays of [
      [LAPTOP, SMALL, PROJECTOR],
      [PROJECTOR, LAPTOP, SMALL],
    ]) {
      expect(presenter.presenterPlacement(displays, LAPTOP.id)).toMatchObject({
        kind: 'external',
        displayId: PROJECTOR.id,
      })
    }
  })

  it("keeps off the facilitator's display when that is the second one", () => {
    expect(presenter.presenterPlacement([LAPTOP, PROJECTOR], PROJECTOR.id)).toEqual({
      kind: 'external',
      bounds: LAPTOP.bounds,
      displayId: LAPTOP.id,
    })
  })

  it("is a window, covering nothing, when the facilitator's display has vanished", () => {
    expect(presenter.presenterPlacement([LAPTOP, PROJECTOR], 99)).toEqual({
      kind: 'window',
      bounds: ON_LAPTOP,
    })
    expect(presenter.presenterPlacement([], 99)).toMatchObject({ kind: 'window' })
  })
})

describe('presenterUrl', () => {
  it('is the present route on the main window’s page, the id encoded', () => {
    expect(presenter.presenterUrl(WORKSHOP)).toBe(`app://vantage/index.html#/present/${WORKSHOP}`)
    expect(presenter.presenterUrl('w_1-a', 'http://localhost:5173/#/home')).toBe(
      'http://localhost:5173/#/present/w_1-a',
    )
  })

  it('keeps any id a session file may carry inside one segment of the route', () => {
    const url = (id: string) => presenter.presenterUrl(id, 'app://vantage/index.html#/home')
    expect(url('../x')).toBe('app://vantage/index.html#/present/~002E~002E~002Fx')
    expect(url('w1#/home?x=1')).toBe(
      'app://vantage/index.html#/present/w1~0023~002Fhome~003Fx~003D1',
    )
    expect(url('a b%20é')).toBe('app://vantage/index.html#/present/a~0020b~002520~00E9')
    // A lone surrogate, which encodeURIComponent would throw on.
    expect(url('w\ud800')).toBe('app://vantage/index.html#/present/w~D800')
  })

  it('refuses an empty id', () => {
    expect(() => presenter.presenterUrl('')).toThrow(/not valid/)
  })
})

describe('openPresenterWindow', () => {
  it('opens a hardened, dark, hidden window on the present route of the app origin', () => {
    const { window } = open()
    expect(window.options).toMatchObject({
      title: 'Vantage — presenter',
      show: false,
      backgroundColor: '#15171a',
      webPreferences: { ...windowModule.hardenedWebPreferences(), backgroundThrottling: false },
    })
    expect(window.loadURL).toHaveBeenCalledWith(`app://vantage/index.html#/present/${WORKSHOP}`)
    expect(window.show).not.toHaveBeenCalled()
    expect(presenter.isPresenterOpen()).toBe(true)
  })

  it('goes full screen on the external display once ready', () => {
    const { window } = open()
    expect(window.options).toMatchObject(PROJECTOR.bounds)
    expect(window.setFullScreen).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
    expect(window.bounds).toEqual(PROJECTOR.bounds)
    expect(window.setFullScreen).toHaveBeenCalledWith(true)
  })

  it('is an ordinary window beside the facilitator with one display', () => {
    electron.fake.screen.displays = [LAPTOP]
    const { window } = open()
    window.emit('ready-to-show')
    expect(window.bounds).toEqual(ON_LAPTOP)
    expect(window.setFullScreen).not.toHaveBeenCalled()
  })

  it('uses the display the main window is on to find the other one', () => {
    const { window } = open(WORKSHOP, mainWindow({ x: 1600, y: 50, width: 1280, height: 800 }))
    window.emit('ready-to-show')
    expect(window.bounds).toEqual(LAPTOP.bounds)
    expect(window.setFullScreen).toHaveBeenCalledWith(true)
  })

  it('keeps one window: a second open focuses it and moves it to the new workshop', () => {
    const { window, facilitator } = open('w1')
    const count = electron.fake.BrowserWindow.instances.length
    presenter.openPresenterWindow('w2', facilitator as never)
    expect(electron.fake.BrowserWindow.instances).toHaveLength(count)
    expect(window.loadURL).toHaveBeenLastCalledWith('app://vantage/index.html#/present/w2')
    expect(window.focus).toHaveBeenCalledTimes(1)
    // The same workshop again is only a focus, not a reload.
    presenter.openPresenterWindow('w2', facilitator as never)
    expect(window.loadURL).toHaveBeenCalledTimes(2)
    expect(window.focus).toHaveBeenCalledTimes(2)
  })

  it('refuses an empty id before any window exists', () => {
    expect(() => presenter.openPresenterWindow('', mainWindow() as never)).toThrow()
    expect(presenter.isPresenterOpen()).toBe(false)
  })

  it('keeps its own title whatever the page calls itself', () => {
    const { window } = open()
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    window.emit('page-title-updated', event, 'Vantage')
    expect(event.defaultPrevented).toBe(true)
  })

  it('gets the same walls as the main window: no navigation away, no new windows', () => {
    security.hardenAllWebContents(['app://vantage'])
    const { window } = open()
    expect(window.webContents.navigate('https://example.com/')).toBe(true)
    expect(window.webContents.openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(window.webContents.attachWebview()).toBe(true)
  })
})

describe('closing the presenter', () => {
  it('closes it at once, and a later open makes a new one', () => {
    const { window, facilitator } = open()
    presenter.closePresenterWindow()
    expect(window.destroy).toHaveBeenCalledTimes(1)
    expect(presenter.isPresenterOpen()).toBe(false)
    presenter.closePresenterWindow()
    expect(window.destroy).toHaveBeenCalledTimes(1)
    presenter.openPresenterWindow(WORKSHOP, facilitator as never)
    expect(electron.fake.BrowserWindow.instances.at(-1)).not.toBe(window)
    expect(presenter.isPresenterOpen()).toBe(true)
  })

  it('knows when the facilitator closed it with the window’s own close button', () => {
    const { window } = open()
    window.close()
    expect(presenter.isPresenterOpen()).toBe(false)
    expect(electron.fake.screen.listenerCount('display-removed')).toBe(0)
  })

  it('goes when the main window closes', () => {
    const { window, facilitator } = open()
    facilitator.close()
    expect(window.destroy).toHaveBeenCalledTimes(1)
    expect(presenter.isPresenterOpen()).toBe(false)
  })

  it('moves off an unplugged projector: to another external, else into a window', () => {
    electron.fake.screen.displays = [LAPTOP, PROJECTOR, SMALL]
    const { window } = open()
    window.emit('ready-to-show')
    expect(window.bounds).toEqual(PROJECTOR.bounds)
    electron.fake.screen.unplug(PROJECTOR.id)
    expect(window.bounds).toEqual(SMALL.bounds)
    expect(window.fullScreen).toBe(true)
    electron.fake.screen.unplug(SMALL.id)
    expect(window.setFullScreen).toHaveBeenLastCalledWith(false)
    expect(window.bounds).toEqual(ON_LAPTOP)
    expect(presenter.isPresenterOpen()).toBe(true)
  })

  it('stays where it is when some other display is unplugged', () => {
    electron.fake.screen.displays = [LAPTOP, PROJECTOR, SMALL]
    const { window } = open()
    window.emit('ready-to-show')
    window.setBounds.mockClear()
    electron.fake.screen.unplug(SMALL.id)
    expect(window.setBounds).not.toHaveBeenCalled()
    expect(window.fullScreen).toBe(true)
  })
})
