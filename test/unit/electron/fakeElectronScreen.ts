/**
 * The fake Electron of fakeElectron.ts, plus what window placement touches: a screen with
 * displays that can be plugged and unplugged (usable only once the app is ready, as Electron's),
 * and windows with bounds, full screen and maximise. New web contents are announced on `app` as
 * Electron does, so security.ts's hook sees them.
 */
import { vi } from 'vitest'
import { createFakeElectron, FakeEmitter } from './fakeElectron'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface FakeDisplay {
  id: number
  bounds: Rect
  workArea: Rect
}

/** A laptop with a menu bar, and a larger projector to its right. */
export const LAPTOP: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
}
export const PROJECTOR: FakeDisplay = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1040 },
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

export class FakeScreen extends FakeEmitter {
  displays: FakeDisplay[] = []

  constructor(private readonly app: { isReady(): boolean }) {
    super()
  }

  private checkReady(): void {
    if (!this.app.isReady()) throw new Error('screen cannot be used before the app is ready')
  }

  getAllDisplays(): FakeDisplay[] {
    this.checkReady()
    return this.displays
  }

  /** The first display is the primary one. */
  getPrimaryDisplay(): FakeDisplay {
    this.checkReady()
    const [primary] = this.displays
    if (primary === undefined) throw new Error('no fake displays')
    return primary
  }

  /** The display the rectangle overlaps most, else the first, as Electron answers. */
  getDisplayMatching(rect: Rect): FakeDisplay {
    const primary = this.getPrimaryDisplay()
    return this.displays.reduce(
      (best, d) => (overlap(d.bounds, rect) > overlap(best.bounds, rect) ? d : best),
      primary,
    )
  }

  /** Takes the display away and tells listeners, as unplugging a projector does. */
  unplug(id: number): void {
    const display = this.displays.find((d) => d.id === id)
    if (display === undefined) throw new Error(`display ${id} is not plugged in`)
    this.displays = this.displays.filter((d) => d.id !== id)
    this.emit('display-removed', {}, display)
  }
}

export function createFakeElectronWithScreen() {
  const fake = createFakeElectron()
  const screen = new FakeScreen(fake.app)

  /**
   * A window that behaves as Electron's does for what is placed and remembered: maximised and
   * full screen it covers its display but keeps its normal bounds, and minimised it claims to be
   * neither (as on Windows).
   */
  class PlacedBrowserWindow extends fake.BrowserWindow {
    static fromWebContents(contents: unknown): PlacedBrowserWindow | null {
      const found = PlacedBrowserWindow.instances.find((w) => w.webContents === contents)
      return (found as PlacedBrowserWindow | undefined) ?? null
    }

    bounds: Rect
    /** The bounds it goes back to from maximised or full screen. */
    normal: Rect
    fullScreen = false
    maximized = false
    readonly getBounds = vi.fn((): Rect => ({ ...this.bounds }))
    readonly setBounds = vi.fn((bounds: Rect) => {
      this.bounds = { ...bounds }
      if (!this.maximized && !this.fullScreen) this.normal = { ...bounds }
    })
    readonly setFullScreen = vi.fn((flag: boolean) => {
      if (this.fullScreen === flag) return
      this.fullScreen = flag
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen')
    })
    readonly maximize = vi.fn(() => this.setState({ maximized: true }))

    constructor(options: Record<string, unknown>) {
      super(options)
      const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<Rect>
      this.bounds = { x, y, width, height }
      this.normal = { ...this.bounds }
      fake.app.emit('web-contents-created', {}, this.webContents)
    }

    getNormalBounds(): Rect {
      return { ...this.normal }
    }
    isMaximized(): boolean {
      return this.maximized && !this.minimized
    }
    isFullScreen(): boolean {
      return this.fullScreen && !this.minimized
    }
    /** The user drags or resizes it: Electron fires many of these during one gesture. */
    moveTo(bounds: Rect): void {
      this.normal = { ...bounds }
      this.bounds = { ...bounds }
      this.emit('move')
      this.emit('resize')
    }
    setState(state: { maximized?: boolean; minimized?: boolean }): void {
      if (state.minimized !== undefined) this.minimized = state.minimized
      if (state.maximized !== undefined && state.maximized !== this.maximized) {
        this.maximized = state.maximized
        this.bounds = {
          ...(state.maximized ? screen.getDisplayMatching(this.normal).workArea : this.normal),
        }
        this.emit(state.maximized ? 'maximize' : 'unmaximize')
      }
    }
  }

  return { ...fake, BrowserWindow: PlacedBrowserWindow, screen }
}

export type FakeElectronWithScreen = ReturnType<typeof createFakeElectronWithScreen>
export type PlacedWindow = InstanceType<FakeElectronWithScreen['BrowserWindow']>
