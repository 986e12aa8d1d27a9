/**
 * The presenter window: the renderer's `#/present/<id>` route for the projector. There is at most
 * one, full screen on an external display when one is connected, else an ordinary window. It
 * follows the facilitator through IndexedDB, which both windows share (same origin, same session),
 * so main only opens, places and closes it. Its web contents get the same walls as every other
 * (security.ts hardens each web contents as it is created), and the same web preferences.
 */
import { MainProblemError } from '../../shared/ipc/problems'
import { BrowserWindow, screen, type Display, type WebContents } from 'electron'
import { presenterRoute } from '../../shared/ipc/routeIds'
import { hardenedWebPreferences, rendererEntryUrl } from './window'

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** What placement needs of an Electron Display. */
export interface DisplayArea {
  id: number
  bounds: Bounds
  workArea: Bounds
}

export type PresenterPlacement =
  { kind: 'external'; bounds: Bounds; displayId: number } | { kind: 'window'; bounds: Bounds }

export const PRESENTER_TITLE = 'Vantage — presenter'
export const PRESENTER_WINDOW_SIZE = { width: 1280, height: 720 }
// Painted before the first frame: a projector flashing white in a dim room is what this avoids.
const BACKGROUND = '#15171a'
// Only when Electron reports no display at all, which it should never do.
const FALLBACK_AREA: Bounds = { x: 0, y: 0, ...PRESENTER_WINDOW_SIZE }

const areaOf = ({ width, height }: Bounds) => width * height

/** A 1280×720 window centred in `workArea`, shrunk to fit a smaller one. */
function centredWindow(workArea: Bounds): Bounds {
  const width = Math.min(PRESENTER_WINDOW_SIZE.width, workArea.width)
  const height = Math.min(PRESENTER_WINDOW_SIZE.height, workArea.height)
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  }
}

/**
 * Where the presenter goes: full screen on the largest display that is not the facilitator's, or,
 * with no other display, a window on the facilitator's. When the facilitator's display is not in
 * the list (it just went away) any display might be the one they look at, so the answer is a
 * window, which covers nothing.
 */
export function presenterPlacement(
  displays: readonly DisplayArea[],
  facilitatorDisplayId: number,
): PresenterPlacement {
  const facilitator = displays.find((display) => display.id === facilitatorDisplayId)
  if (facilitator === undefined) {
    return { kind: 'window', bounds: centredWindow(displays[0]?.workArea ?? FALLBACK_AREA) }
  }
  let external: DisplayArea | undefined
  for (const display of displays) {
    if (display.id === facilitatorDisplayId) continue
    if (external === undefined || areaOf(display.bounds) > areaOf(external.bounds)) {
      external = display
    }
  }
  if (external === undefined) return { kind: 'window', bounds: centredWindow(facilitator.workArea) }
  return { kind: 'external', bounds: { ...external.bounds }, displayId: external.id }
}

/**
 * The present route's URL for one workshop, on the same origin and page as the main window.
 * Whatever the id holds, it stays one segment of the route (routeIds.ts).
 */
export function presenterUrl(workshopId: string, base = rendererEntryUrl()): string {
  // The contract already checked it; an empty id would be a route to nothing.
  if (workshopId === '') {
    throw new MainProblemError(
      { code: 'presenterIdInvalid' },
      'The presenter cannot show this workshop: its id is not valid.',
    )
  }
  const [page = base] = base.split('#')
  return `${page}#${presenterRoute(workshopId)}`
}

interface Presenter {
  window: BrowserWindow
  url: string
  placement: PresenterPlacement
  /** The window that opened it; its display is the one the presenter stays off. */
  facilitator: BrowserWindow
}

let current: Presenter | null = null
const watchedFacilitators = new WeakSet<BrowserWindow>()

function facilitatorDisplayId(facilitator: BrowserWindow): number {
  return screen.getDisplayMatching(facilitator.getBounds()).id
}

function placementFor(facilitator: BrowserWindow): PresenterPlacement {
  return presenterPlacement(screen.getAllDisplays(), facilitatorDisplayId(facilitator))
}

function place(window: BrowserWindow, placement: PresenterPlacement): void {
  const settle = () => {
    if (window.isDestroyed()) return
    window.setBounds(placement.bounds)
    if (placement.kind === 'external') window.setFullScreen(true)
  }
  if (!window.isFullScreen()) {
    settle()
    return
  }
  // A full-screen window ignores new bounds, and on macOS so does one still animating out of it.
  window.once('leave-full-screen', settle)
  window.setFullScreen(false)
}

/**
 * The projector was unplugged: the OS would drop the full-screen presenter onto the facilitator's
 * own screen, hiding their controls. It becomes a window instead (or moves to another external).
 */
function onDisplayRemoved(_event: unknown, removed: Display): void {
  const presenter = current
  if (presenter === null || presenter.window.isDestroyed()) return
  if (presenter.placement.kind !== 'external' || presenter.placement.displayId !== removed.id) {
    return
  }
  presenter.placement = placementFor(presenter.facilitator)
  place(presenter.window, presenter.placement)
}

function load(window: BrowserWindow, url: string): void {
  window.loadURL(url).catch((error: unknown) => {
    console.error(`Vantage could not load the presenter at ${url}:`, error)
  })
}

/** The presenter goes with the facilitator's window: nothing is left on the projector. */
function watchFacilitator(facilitator: BrowserWindow): void {
  if (watchedFacilitators.has(facilitator)) return
  watchedFacilitators.add(facilitator)
  facilitator.once('closed', () => {
    if (current?.facilitator === facilitator) closePresenterWindow()
  })
}

function createPresenterWindow(url: string, facilitator: BrowserWindow): Presenter {
  const placement = placementFor(facilitator)
  const window = new BrowserWindow({
    title: PRESENTER_TITLE,
    ...placement.bounds,
    show: false,
    backgroundColor: BACKGROUND,
    autoHideMenuBar: true,
    // The presenter is rarely focused and may count as hidden to the OS (mirrored or behind
    // another window); its timer must keep ticking all the same.
    webPreferences: { ...hardenedWebPreferences(), backgroundThrottling: false },
  })
  // The page would rename the window after itself; the facilitator's window list should not see
  // two windows called "Vantage".
  window.on('page-title-updated', (event) => event.preventDefault())
  window.once('ready-to-show', () => {
    if (window.isDestroyed()) return
    const shown = current?.window === window ? current.placement : placement
    window.show()
    if (shown.kind === 'external') place(window, shown)
  })
  window.on('closed', () => {
    if (current?.window !== window) return
    current = null
    screen.removeListener('display-removed', onDisplayRemoved)
  })
  screen.on('display-removed', onDisplayRemoved)
  load(window, url)
  return { window, url, placement, facilitator }
}

/**
 * Shows `workshopId` on the presenter: opens the window, or brings the open one forward and
 * moves it to this workshop. `facilitator` is the window that asked.
 */
export function openPresenterWindow(workshopId: string, facilitator: BrowserWindow): void {
  const url = presenterUrl(workshopId)
  if (current !== null && current.window === facilitator) {
    throw new MainProblemError(
      { code: 'presenterFromPresenter' },
      'The presenter window cannot open a presenter of its own.',
    )
  }
  watchFacilitator(facilitator)
  if (current === null || current.window.isDestroyed()) {
    current = createPresenterWindow(url, facilitator)
    return
  }
  const presenter = current
  presenter.facilitator = facilitator
  if (presenter.url !== url) {
    presenter.url = url
    load(presenter.window, url)
  }
  if (presenter.window.isMinimized()) presenter.window.restore()
  presenter.window.show()
  presenter.window.focus()
}

/**
 * Closes the presenter at once. Destroyed rather than asked to close: it holds nothing to save
 * (the facilitator's window writes all display state), no page handler may keep it on the
 * projector, and isOpen answers false as soon as this returns.
 */
export function closePresenterWindow(): void {
  const presenter = current
  if (presenter === null) return
  current = null
  screen.removeListener('display-removed', onDisplayRemoved)
  if (!presenter.window.isDestroyed()) presenter.window.destroy()
}

export function isPresenterOpen(): boolean {
  return current !== null && !current.window.isDestroyed()
}

/** The window an IPC call came from, which is the facilitator's when it opens the presenter. */
export function callingWindow(sender: WebContents): BrowserWindow {
  const window = BrowserWindow.fromWebContents(sender)
  if (window === null || window.isDestroyed()) {
    throw new MainProblemError(
      { code: 'callerClosed' },
      'The window that asked for the presenter has closed.',
    )
  }
  return window
}
