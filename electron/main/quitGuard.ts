/**
 * Quit safely: before the main window closes or the app quits, the renderer flushes the text
 * still waiting on its autosave timer and writes a last backup, and only its word lets the close
 * go on. A time limit stands behind the word, so a page that hangs can never keep the app open.
 *
 * One guard per main window. `hold` goes in front of every cancellable close and quit; once the
 * renderer is ready, every held step is replayed in the order it was held.
 */

/** Long enough for a last backup of the largest workshop; short enough not to feel stuck. */
export const QUIT_PREPARE_TIMEOUT_MS = 10_000

export interface QuitGuardDependencies {
  /** Asks the renderer to prepare; false when there is no renderer left to ask. */
  askRenderer(): boolean
  timeoutMs?: number
  warn?(message: string): void
}

export type QuitGuardPhase = 'open' | 'preparing' | 'ready'

export interface QuitGuard {
  /** Holds a close or quit event until the renderer is ready, then calls `proceed`. */
  hold(event: { preventDefault(): void }, proceed: () => void): void
  /** The renderer's word: edits flushed, last backup written. */
  rendererReady(): void
  readonly phase: QuitGuardPhase
}

export function createQuitGuard(dependencies: QuitGuardDependencies): QuitGuard {
  const timeoutMs = dependencies.timeoutMs ?? QUIT_PREPARE_TIMEOUT_MS
  const warn = dependencies.warn ?? ((message: string) => console.warn(message))
  let phase: QuitGuardPhase = 'open'
  let held: Array<() => void> = []
  let timer: ReturnType<typeof setTimeout> | undefined

  function release(): void {
    if (phase === 'ready') return
    phase = 'ready'
    clearTimeout(timer)
    const steps = held
    held = []
    for (const proceed of steps) {
      // One step failing (a window already gone) must not keep the others, the quit among them.
      try {
        proceed()
      } catch (error) {
        warn(`Vantage could not go on closing: ${error instanceof Error ? error.message : error}`)
      }
    }
  }

  return {
    hold(event, proceed) {
      if (phase === 'ready') return
      event.preventDefault()
      held.push(proceed)
      if (phase === 'preparing') return
      phase = 'preparing'
      timer = setTimeout(() => {
        warn(`Vantage quit without the renderer's word after ${timeoutMs} ms.`)
        release()
      }, timeoutMs)
      if (!dependencies.askRenderer()) release()
    },
    rendererReady() {
      if (phase === 'preparing') release()
    },
    get phase() {
      return phase
    },
  }
}
