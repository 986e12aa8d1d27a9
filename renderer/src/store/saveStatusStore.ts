/**
 * Whether everything the facilitator did is on disk: the "saved" indicator reads this, and every
 * write goes through `track`, so no write can forget to report itself.
 */
import { createStore } from 'zustand/vanilla'

export type SaveState = 'saved' | 'saving' | 'failed'

export interface SaveStatus {
  pending: number
  failed: boolean
}

export function createSaveStatusStore() {
  const store = createStore<SaveStatus>(() => ({ pending: 0, failed: false }))

  /** Runs one write, counting it as pending until it settles. */
  async function track<T>(write: () => Promise<T>): Promise<T> {
    store.setState((s) => ({ pending: s.pending + 1 }))
    try {
      const result = await write()
      store.setState((s) => ({ pending: s.pending - 1, failed: false }))
      return result
    } catch (error) {
      store.setState((s) => ({ pending: s.pending - 1, failed: true }))
      throw error
    }
  }

  /** Resolves once no write is on its way (at once when none is). */
  function settled(): Promise<void> {
    return new Promise((resolve) => {
      if (store.getState().pending === 0) {
        resolve()
        return
      }
      const unsubscribe = store.subscribe((status) => {
        if (status.pending > 0) return
        unsubscribe()
        resolve()
      })
    })
  }

  return { store, track, settled }
}

export function saveStateOf(status: SaveStatus): SaveState {
  if (status.pending > 0) return 'saving'
  return status.failed ? 'failed' : 'saved'
}

export type SaveStatusStore = ReturnType<typeof createSaveStatusStore>
