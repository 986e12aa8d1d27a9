/**
 * The fake Electron of fakeElectron.ts, plus what the presenter touches: a screen with displays
 * that can be plugged and unplugged, and windows with bounds, full screen and destroy. New web
 * contents are announced on `app` as Electron does, so security.ts's hook sees them.
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

class FakeScreen extends FakeEmitter {
  displays: FakeDisplay[] = []

  getAllDisplays(): FakeDisplay[] {
    return this.displays
  }

  /** The display the rectangle overlaps most, else the first, as Electron answers. */
  getDisplayMatching(rect: Rect): FakeDisplay {
    const [first] = this.displays
    if (first === undefined) throw new Error('no fake displays')
    return this.displays.reduce((best, d) =>
      overlap(d.bounds, rect) > overlap(best.bounds, rect) ? d : best,
    )
  }

  removeListener(event: string, listener: (...args: unknown[]) => unknown): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    )
    return this
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
  const screen = new FakeScreen()

  class PlacedBrowserWindow extends fake.BrowserWindow {
    static fromWebContents(contents: unknown): PlacedBrowserWindow | null {
      const found = PlacedBrowserWindow.instances.find((w) => w.webContents === contents)
      return (found as PlacedBrowserWindow | undefined) ?? null
    }

    bounds: Rect
    fullScreen = false
    readonly getBounds = vi.fn((): Rect => ({ ...this.bounds }))
    readonly setBounds = vi.fn((bounds: Rect) => {
      this.bounds = { ...bounds }
    })
    readonly setFullScreen = vi.fn((flag: boolean) => {
      if (this.fullScreen === flag) return
      this.fullScreen = flag
      this.emit(flag ? 'enter-full-screen' : 'leave-full-screen')
    })
    readonly destroy = vi.fn(() => {
      this.destroyed = true
      this.emit('closed')
    })

    constructor(options: Record<string, unknown>) {
      super(options)
      const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<Rect>
      this.bounds = { x, y, width, height }
      fake.app.emit('web-contents-created', {}, this.webContents)
    }

    isFullScreen(): boolean {
      return this.fullScreen
    }
  }

  return { ...fake, BrowserWindow: PlacedBrowserWindow, screen }
}

export type FakeElectronWithScreen = ReturnType<typeof createFakeElectronWithScreen>
export type PlacedWindow = InstanceType<FakeElectronWithScreen['BrowserWindow']>
