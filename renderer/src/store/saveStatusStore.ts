/**
 * Whether everything the facilitator did is on disk: the "saved" indicator reads this, and every
 * write goes through `track`, so no write can forget to report itself. When the disk refuses
 * writes (full, read-only), the refusal is held here too, so every screen can say so.
 */
import { createStore } from 'zustand/vanilla'
import type { StorageRefusal } from '../db/storageRefusal'

export type SaveState = 'saved' | 'saving' | 'failed' | 'refused'

export interface SaveStatus {
  pending: number
  failed: boolean
  /** The disk is refusing writes; they are kept and retried until it takes them. */
  refusal: StorageRefusal | null
}

export function createSaveStatusStore() {
  const store = createStore<SaveStatus>(() => ({ pending: 0, failed: false, refusal: null }))

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

  function setRefusal(refusal: StorageRefusal | null) {
    if (store.getState().refusal !== refusal) store.setState({ refusal })
  }

  /**
   * Resolves once no write is on its way (at once when none is), or once the disk refuses them:
   * a refused write waits for the disk, and whoever waits here (a quit) must not wait forever.
   */
  function settled(): Promise<void> {
    const done = (s: SaveStatus) => s.pending === 0 || s.refusal !== null
    return new Promise((resolve) => {
      if (done(store.getState())) {
        resolve()
        return
      }
      const unsubscribe = store.subscribe((status) => {
        if (!done(status)) return
        unsubscribe()
        resolve()
      })
    })
  }

  return { store, track, setRefusal, settled }
}

export function saveStateOf(status: SaveStatus): SaveState {
  if (status.refusal !== null) return 'refused'
  if (status.pending > 0) return 'saving'
  return status.failed ? 'failed' : 'saved'
}

export type SaveStatusStore = ReturnType<typeof createSaveStatusStore>
