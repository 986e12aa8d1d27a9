/**
 * Window memory, the pure part: what is saved about the main window (`SavedWindowState`, checked
 * by `savedWindowStateSchema` whenever it is read back) and where the window opens next time
 * (`restoreWindowState`). No Electron, no file system: the caller passes the displays in.
 *
 *   const restored = restoreWindowState(saved, screen.getAllDisplays(), screen.getPrimaryDisplay())
 *   createMainWindow(restored)
 *
 * The rules, in order:
 * 1. Nothing saved: 1280×800 centred on the primary display's work area.
 * 2. The saved bounds are mostly on the display they were saved on (same id), or else on the
 *    display whose work area they overlap most: they are kept, only moved and shrunk as far as
 *    needed to lie wholly inside that work area (a display whose resolution shrank, a taskbar
 *    that grew).
 * 3. The display they were saved on still exists but the bounds are no longer on it (the
 *    displays were rearranged): the saved size, centred on that display.
 * 4. That display is gone and the bounds are on no other: the saved size, centred on primary.
 * Always at least 960×640 unless the work area is smaller, never larger than the work area, and
 * the maximised and full-screen flags come back as they were saved.
 */
import { z } from 'zod'
import type { Bounds, DisplayArea } from './presenter'

export type { Bounds, DisplayArea }

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const

// Far beyond any real desktop (Windows keeps coordinates within ±32767), but small enough that
// arithmetic on them stays exact: a file claiming 1e308 is not a window anyone had.
const MAX_COORDINATE = 100_000
const coordinate = z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE)
const length = z.number().int().min(1).max(MAX_COORDINATE)

export const savedWindowStateSchema = z.object({
  version: z.literal(1),
  /** The un-maximised bounds, so a maximised window still has a size to go back to. */
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  // Chromium's display ids are 64-bit and may lie beyond the safe integers (zod's int() refuses
  // those); the id is only ever compared, so any finite number will do.
  displayId: z.number(),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
})

export type SavedWindowState = z.infer<typeof savedWindowStateSchema>

/** What createMainWindow needs: where the window goes, and whether to maximise it then. */
export interface RestoredWindowState {
  bounds: Bounds
  maximized: boolean
  fullScreen: boolean
}

/** The top of the window a person grabs to move it back. */
const TITLE_BAR_HEIGHT = 32
const TITLE_BAR_GRAB_WIDTH = 100

const area = ({ width, height }: Bounds) => width * height

function overlap(a: Bounds, b: Bounds): Bounds {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const width = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x)
  const height = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y)
  return { x, y, width, height }
}

/** At least the minimum unless the space is smaller, and never more than the space. */
function fitLength(wanted: number, minimum: number, available: number): number {
  return Math.min(Math.max(wanted, minimum), available)
}

function fitSize(size: Pick<Bounds, 'width' | 'height'>, workArea: Bounds) {
  return {
    width: fitLength(size.width, MIN_WINDOW_SIZE.width, workArea.width),
    height: fitLength(size.height, MIN_WINDOW_SIZE.height, workArea.height),
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high)
}

/** `bounds` moved and shrunk as little as possible to lie wholly inside `workArea`. */
function clampInto(bounds: Bounds, workArea: Bounds): Bounds {
  const { width, height } = fitSize(bounds, workArea)
  return {
    x: clamp(bounds.x, workArea.x, workArea.x + workArea.width - width),
    y: clamp(bounds.y, workArea.y, workArea.y + workArea.height - height),
    width,
    height,
  }
}

function centredIn(workArea: Bounds, size: Pick<Bounds, 'width' | 'height'>): Bounds {
  const { width, height } = fitSize(size, workArea)
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  }
}

/**
 * Whether the window, at the size it would get there, is on this work area enough to be kept
 * where it is: half of it shows, or enough of its title bar to drag it. A window hanging mostly
 * off the edge of a display that shrank still counts; one barely touching it does not.
 */
function isMostlyOn(bounds: Bounds, workArea: Bounds): boolean {
  const sized = { x: bounds.x, y: bounds.y, ...fitSize(bounds, workArea) }
  if (area(overlap(sized, workArea)) * 2 >= area(sized)) return true
  const titleBar = overlap({ ...sized, height: Math.min(TITLE_BAR_HEIGHT, sized.height) }, workArea)
  return (
    titleBar.width >= Math.min(TITLE_BAR_GRAB_WIDTH, sized.width) &&
    titleBar.height * 2 >= Math.min(TITLE_BAR_HEIGHT, sized.height)
  )
}

/** The display whose work area `bounds` overlaps most; undefined when they overlap none. */
function mostOverlapped(displays: readonly DisplayArea[], bounds: Bounds): DisplayArea | undefined {
  let best: DisplayArea | undefined
  let bestArea = 0
  for (const display of displays) {
    const shared = area(overlap(display.workArea, bounds))
    if (shared > bestArea) {
      best = display
      bestArea = shared
    }
  }
  return best
}

/**
 * Where the main window opens, from what was saved (null when nothing was, or it was unreadable)
 * and the displays connected now. The bounds always lie wholly inside one display's work area.
 */
export function restoreWindowState(
  saved: SavedWindowState | null,
  displays: readonly DisplayArea[],
  primaryDisplay: DisplayArea,
): RestoredWindowState {
  if (saved === null) {
    return {
      bounds: centredIn(primaryDisplay.workArea, DEFAULT_WINDOW_SIZE),
      maximized: false,
      fullScreen: false,
    }
  }
  const flags = { maximized: saved.maximized, fullScreen: saved.fullScreen }
  // Electron always lists the primary display; the fallback is for a caller that forgot.
  const connected = displays.length > 0 ? displays : [primaryDisplay]
  const home = connected.find((display) => display.id === saved.displayId)
  for (const display of [home, mostOverlapped(connected, saved.bounds)]) {
    if (display !== undefined && isMostlyOn(saved.bounds, display.workArea)) {
      return { bounds: clampInto(saved.bounds, display.workArea), ...flags }
    }
  }
  return { bounds: centredIn((home ?? primaryDisplay).workArea, saved.bounds), ...flags }
}
