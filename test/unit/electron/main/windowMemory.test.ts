// The main window remembers where it is: saved once a move or resize settles and at once on
// close, with the size it goes back to when maximised, and opened there again on the next start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createFakeElectronWithScreen,
  LAPTOP,
  PROJECTOR,
  type FakeElectronWithScreen,
  type PlacedWindow,
  type Rect,
} from '../fakeElectronScreen'
import type * as WindowModule from '../../../../electron/main/window'
import type * as WindowMemoryModule from '../../../../electron/main/windowMemory'
import type { SavedWindowState } from '../../../../electron/main/windowState'
import { useTempFolder } from './services/fsHelpers'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithScreen }))
vi.mock('electron', async () =>
  (await import('../fakeElectronModule')).electronModule(() => electron.fake),
)

const sandbox = useTempFolder('window-memory')

let windowMemory: typeof WindowMemoryModule
let windowModule: typeof WindowModule

beforeEach(async () => {
  electron.fake = createFakeElectronWithScreen()
  electron.fake.screen.displays = [LAPTOP, PROJECTOR]
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  windowMemory = await import('../../../../electron/main/windowMemory')
  windowModule = await import('../../../../electron/main/window')
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

const ON_LAPTOP = { x: 100, y: 60, width: 1200, height: 760 }
const ON_PROJECTOR = { x: 1600, y: 100, width: 1500, height: 900 }

function remembered(bounds: Rect = ON_LAPTOP) {
  const window = new electron.fake.BrowserWindow({ title: 'Vantage', ...bounds })
  const writes: SavedWindowState[] = []
  const file = {
    write: vi.fn(async (state: SavedWindowState): Promise<void> => {
      writes.push(state)
    }),
  }
  const memory = windowMemory.rememberWindowState(
    window as never,
    file,
    electron.fake.screen as never,
  )
  return { window, file, writes, memory }
}

const state = (bounds: Rect, displayId: number, flags: Partial<SavedWindowState> = {}) => ({
  version: 1,
  bounds,
  displayId,
  maximized: false,
  fullScreen: false,
  ...flags,
})

describe('rememberWindowState', () => {
  it('saves once a drag has settled for half a second, not on every step of it', async () => {
    const { window, writes } = remembered()
    for (let x = 0; x <= 400; x += 40) {
      window.moveTo({ ...ON_LAPTOP, x })
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(writes).toEqual([])
    await vi.advanceTimersByTimeAsync(windowMemory.SAVE_DELAY_MS - 100)
    expect(writes).toEqual([state({ ...ON_LAPTOP, x: 400 }, LAPTOP.id)])
  })

  it('names the display the window is on', async () => {
    const { window, writes } = remembered()
    window.moveTo(ON_PROJECTOR)
    await vi.runAllTimersAsync()
    expect(writes).toEqual([state(ON_PROJECTOR, PROJECTOR.id)])
  })

  it('remembers the size a maximised window goes back to, and that it was maximised', async () => {
    const { window, writes } = remembered(ON_PROJECTOR)
    window.setState({ maximized: true })
    expect(window.bounds).toEqual(PROJECTOR.workArea)
    await vi.runAllTimersAsync()
    expect(writes.at(-1)).toEqual(state(ON_PROJECTOR, PROJECTOR.id, { maximized: true }))
    window.setState({ maximized: false })
    await vi.runAllTimersAsync()
    expect(writes.at(-1)).toEqual(state(ON_PROJECTOR, PROJECTOR.id))
  })

  it('remembers full screen, with the bounds it leaves it for', async () => {
    const { window, writes } = remembered()
    window.setFullScreen(true)
    await vi.runAllTimersAsync()
    expect(writes).toEqual([state(ON_LAPTOP, LAPTOP.id, { fullScreen: true })])
  })

  it('saves at once on close, and nothing after', async () => {
    const { window, file, writes, memory } = remembered()
    window.moveTo(ON_PROJECTOR)
    window.close()
    expect(file.write).toHaveBeenCalledTimes(1)
    await memory.flush()
    expect(writes).toEqual([state(ON_PROJECTOR, PROJECTOR.id)])
    await vi.runAllTimersAsync()
    expect(file.write).toHaveBeenCalledTimes(1)
    for (const event of ['move', 'resize', 'maximize', 'close']) {
      expect(window.listenerCount(event), event).toBe(0)
    }
  })

  it('does not forget a maximised window that is closed while minimised', async () => {
    const { window, writes, memory } = remembered()
    window.setState({ maximized: true })
    window.setState({ minimized: true })
    window.close()
    await memory.flush()
    expect(writes.at(-1)).toEqual(state(ON_LAPTOP, LAPTOP.id, { maximized: true }))
  })

  it('writes nothing when nothing changed', async () => {
    const { window, file } = remembered()
    window.moveTo(ON_PROJECTOR)
    await vi.runAllTimersAsync()
    window.moveTo(ON_PROJECTOR)
    await vi.runAllTimersAsync()
    window.close()
    expect(file.write).toHaveBeenCalledTimes(1)
  })

  it('logs a save that failed and tries again at the next change, the window untouched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { window, file, writes, memory } = remembered()
    file.write.mockRejectedValueOnce(new Error('The disk is full'))
    window.moveTo(ON_PROJECTOR)
    await vi.runAllTimersAsync()
    await memory.flush()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(writes).toEqual([])
    window.close()
    await memory.flush()
    expect(writes).toEqual([state(ON_PROJECTOR, PROJECTOR.id)])
  })

  it('flush waits for the save under way', async () => {
    const { window, file, memory } = remembered()
    let finish = () => {}
    file.write.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)))
    window.close()
    let flushed = false
    void memory.flush().then(() => (flushed = true))
    await vi.advanceTimersByTimeAsync(0)
    expect(flushed).toBe(false)
    finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(flushed).toBe(true)
  })

  it('stops when disposed, dropping a save not yet made', async () => {
    const { window, file, memory } = remembered()
    window.moveTo(ON_PROJECTOR)
    memory.dispose()
    await vi.runAllTimersAsync()
    window.close()
    expect(file.write).not.toHaveBeenCalled()
  })
})

describe('window memory from one start to the next', () => {
  it('opens the window maximised on the projector where it was closed', async () => {
    vi.useRealTimers()
    const { windowStateFile } = await import('../../../../electron/main/services/windowStateFile')
    const { restoreWindowState } = await import('../../../../electron/main/windowState')
    const { screen } = electron.fake

    const first = windowStateFile(sandbox())
    const opened = windowModule.createMainWindow(
      restoreWindowState(await first.read(), screen.displays, LAPTOP),
    ) as unknown as PlacedWindow
    expect(opened.options).toMatchObject({ x: 80, y: 62, width: 1280, height: 800 })
    const memory = windowMemory.rememberWindowState(opened as never, first, screen as never)
    opened.moveTo(ON_PROJECTOR)
    opened.setState({ maximized: true })
    opened.close()
    await memory.flush()

    const second = windowStateFile(sandbox())
    const reopened = windowModule.createMainWindow(
      restoreWindowState(await second.read(), screen.displays, LAPTOP),
    ) as unknown as PlacedWindow
    expect(reopened.options).toMatchObject(ON_PROJECTOR)
    reopened.emit('ready-to-show')
    expect(reopened.maximize).toHaveBeenCalledTimes(1)
    expect(reopened.bounds).toEqual(PROJECTOR.workArea)

    // The projector is gone by the third start: the saved size, centred on the laptop.
    screen.unplug(PROJECTOR.id)
    const third = restoreWindowState(await second.read(), screen.displays, LAPTOP)
    expect(third).toEqual({ bounds: LAPTOP.workArea, maximized: true, fullScreen: false })
  })
})
