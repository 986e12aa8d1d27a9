/**
 * Window memory, the Electron side: watches the main window and saves where it is, so the next
 * start can put it back (windowState.ts decides where; services/windowStateFile.ts keeps the
 * file). Wired in once the window exists:
 *
 *   const memory = rememberWindowState(window, file, screen)
 *
 * Saves the un-maximised bounds (getNormalBounds, so a maximised or full-screen window remembers
 * the size it goes back to), the display they are on, and the maximised and full-screen flags:
 * at most every SAVE_DELAY_MS while the window is moved or resized, and at once when it closes.
 * A save that fails is logged and tried again at the next change; the window never notices.
 */
import type { BrowserWindow, Screen } from 'electron'
import type { WindowStateFile } from './services/windowStateFile'
import type { SavedWindowState } from './windowState'

export const SAVE_DELAY_MS = 500

// A drag fires these dozens of times a second; only where it ends matters.
const CHANGE_EVENTS = [
  'resize',
  'move',
  'maximize',
  'unmaximize',
  'enter-full-screen',
  'leave-full-screen',
] as const

/** The part of a BrowserWindow that is watched; a BrowserWindow is one. */
export interface WatchedWindow extends Pick<
  BrowserWindow,
  'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isMinimized' | 'isDestroyed'
> {
  on(event: string, listener: () => void): unknown
  once(event: string, listener: () => void): unknown
  removeListener(event: string, listener: () => void): unknown
}

export interface WindowMemory {
  /** Resolves once every save begun so far has finished or failed; the app may quit after it. */
  flush(): Promise<void>
  /** Stops watching and drops a save not yet begun. Done by itself when the window is closed. */
  dispose(): void
}

export interface WindowMemoryOptions {
  delayMs?: number
}

/**
 * Watches `window` and writes its state through `file` (windowStateFile, whose writes land in
 * the order they were asked for). `screen` is Electron's, only asked which display the bounds
 * are on.
 */
export function rememberWindowState(
  window: WatchedWindow,
  file: Pick<WindowStateFile, 'write'>,
  screen: Pick<Screen, 'getDisplayMatching'>,
  options: WindowMemoryOptions = {},
): WindowMemory {
  const delayMs = options.delayMs ?? SAVE_DELAY_MS
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: Promise<void> = Promise.resolve()
  let lastWritten: string | undefined
  let disposed = false
  // A minimised window reports itself as neither maximised nor full screen on some systems;
  // quitting from the taskbar must not forget that it was.
  let flags = { maximized: window.isMaximized(), fullScreen: window.isFullScreen() }

  function noteFlags(): void {
    if (!window.isMinimized()) {
      flags = { maximized: window.isMaximized(), fullScreen: window.isFullScreen() }
    }
  }

  function capture(): SavedWindowState {
    noteFlags()
    const normal = window.getNormalBounds()
    const bounds = {
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.round(normal.width),
      height: Math.round(normal.height),
    }
    return { version: 1, bounds, displayId: screen.getDisplayMatching(bounds).id, ...flags }
  }

  function save(): void {
    clearTimeout(timer)
    timer = undefined
    if (disposed || window.isDestroyed()) return
    let state: SavedWindowState
    try {
      state = capture()
    } catch (error) {
      console.warn('Vantage could not read the main window’s position:', error)
      return
    }
    const text = JSON.stringify(state)
    if (text === lastWritten) return
    lastWritten = text
    // Begun at once, since a close may be followed by the app quitting; the file keeps the order.
    const written = file.write(state).catch((error: unknown) => {
      // Tried again at the next change rather than given up on.
      if (lastWritten === text) lastWritten = undefined
      console.warn('Vantage could not save the main window’s position:', error)
    })
    pending = Promise.all([pending, written]).then(() => {})
  }

  function schedule(): void {
    if (disposed || window.isDestroyed()) return
    noteFlags()
    clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }

  function dispose(): void {
    if (disposed) return
    disposed = true
    clearTimeout(timer)
    timer = undefined
    for (const event of CHANGE_EVENTS) window.removeListener(event, schedule)
    window.removeListener('close', save)
  }

  for (const event of CHANGE_EVENTS) window.on(event, schedule)
  // 'close' comes while the window can still be asked where it is; 'closed' is too late.
  window.on('close', save)
  window.once('closed', dispose)

  return { flush: () => pending, dispose }
}
