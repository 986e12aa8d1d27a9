/**
 * The open workshop's writes, one after another in the order they were made, and what happens
 * when the disk refuses one: the write is kept, with every write after it, and tried again until
 * the disk takes it. Nothing the facilitator did is dropped because the disk was full for a while.
 *
 * A write that fails for a reason of its own (not a refusal) is handed back as failed, so the
 * edit can be taken back off the screen, unless the facilitator was already told it is kept: a
 * kept edit is never dropped.
 */
import type { RecordChange } from '../../db'
import type { StorageRefusal } from '../../db/storageRefusal'

export interface WriteJob {
  workshopId: string
  changes: RecordChange[]
  /**
   * A whole workshop written at once (an opened session file), in place of `changes`. Edits of
   * that workshop queue behind it; if it fails for a reason of its own, they are dropped with it,
   * since they would write records of a workshop that never landed.
   */
  whole?: () => Promise<void>
}

/** 'saved': on disk. 'kept': refused for now, held and retried. 'failed': dropped, see error. */
export type WriteOutcome = { kind: 'saved' } | { kind: 'kept' } | { kind: 'failed'; error: unknown }

export interface WriteQueueOptions {
  apply(job: WriteJob): Promise<void>
  refusalOf(error: unknown): StorageRefusal | null
  /** The disk refused a write (called on every refused attempt); null once all are on disk. */
  onRefusal(refusal: StorageRefusal | null, error?: unknown): void
  /** Waits before the next attempt; resolves early when `retryNow` is called. */
  wait?: (ms: number, signal: { wake: () => void }) => Promise<void>
  retryDelaysMs?: readonly number[]
}

/** Quick at first (a blip), then every ten seconds: often enough, never a busy loop. */
export const RETRY_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000] as const

interface Entry {
  job: WriteJob
  settle(outcome: WriteOutcome): void
  told: boolean
  markDurable(error?: unknown): void
}

function defaultWait(ms: number, signal: { wake: () => void }): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.wake = () => {
      clearTimeout(timer)
      resolve()
    }
  })
}

export function createWriteQueue(options: WriteQueueOptions) {
  const wait = options.wait ?? defaultWait
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS
  const backlog: Entry[] = []
  const signal = { wake: () => {} }
  let running = false
  let refused = false

  function tell(entry: Entry, outcome: WriteOutcome) {
    if (entry.told) return
    entry.told = true
    entry.settle(outcome)
  }

  async function drain() {
    running = true
    let attempt = 0
    while (backlog.length > 0) {
      const entry = backlog[0]!
      try {
        await options.apply(entry.job)
        backlog.shift()
        attempt = 0
        tell(entry, { kind: 'saved' })
        entry.markDurable()
      } catch (error) {
        const refusal = options.refusalOf(error)
        if (refusal === null && !entry.told) {
          backlog.shift()
          const dropped = entry.job.whole
            ? backlog.filter((later) => later.job.workshopId === entry.job.workshopId)
            : []
          for (const failed of [entry, ...dropped]) {
            if (failed !== entry) backlog.splice(backlog.indexOf(failed), 1)
            tell(failed, { kind: 'failed', error })
            failed.markDurable(error)
          }
          continue
        }
        refused = true
        options.onRefusal(refusal ?? 'unavailable', error)
        for (const waiting of backlog) tell(waiting, { kind: 'kept' })
        await wait(delays[Math.min(attempt, delays.length - 1)]!, signal)
        attempt++
      }
    }
    running = false
    if (refused) {
      refused = false
      options.onRefusal(null)
    }
  }

  return {
    /**
     * Queues a write. `outcome` says soon what became of it (while the disk refuses, at once:
     * kept); `durable` resolves only once it is on disk, and rejects if it was dropped.
     */
    push(job: WriteJob): { outcome: Promise<WriteOutcome>; durable: Promise<void> } {
      let settle!: (outcome: WriteOutcome) => void
      const outcome = new Promise<WriteOutcome>((resolve) => (settle = resolve))
      let markDurable!: (error?: unknown) => void
      const durable = new Promise<void>((resolve, reject) => {
        markDurable = (error) => (error === undefined ? resolve() : reject(error))
      })
      const entry: Entry = { job, settle, told: false, markDurable }
      backlog.push(entry)
      if (refused) tell(entry, { kind: 'kept' })
      if (!running) void drain()
      return { outcome, durable }
    },

    /** Every write not yet on disk, oldest first (the one being written included). */
    unsaved(): WriteJob[] {
      return backlog.map((e) => e.job)
    },

    /** The facilitator asked: try the refused write again now rather than at the next retry. */
    retryNow() {
      signal.wake()
    },
  }
}

export type WriteQueue = ReturnType<typeof createWriteQueue>
