/**
 * The open workshop: loads it whole, writes every edit as record changes (in order, one at a
 * time, kept and retried while the disk refuses them), keeps the undo history across steps, and
 * remembers where the facilitator is.
 */
import { createStore } from 'zustand/vanilla'
import {
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
  type StepRef,
  type WorkshopSnapshot,
} from '@shared/domain'
import {
  invertChanges,
  isEffective,
  mergeChanges,
  type RecordChange,
  type RecordFactory,
} from '../../db'
import type { Repositories, VantageDatabase } from '../../db'
import { inReadingOrder } from '../../db/repositories/snapshotRepository'
import { byId, byOrder } from '../../db/repositories/touch'
import { storageRefusalOf, type StorageRefusal } from '../../db/storageRefusal'
import { applyChanges, type SessionData } from './sessionData'
import { createDiskRecords } from './diskRecords'
import { createWriteQueue, type WriteJob, type WriteQueueOptions } from './writeQueue'
import { failureReason } from '../../i18n/failureReason'

export interface HistoryEntry {
  changes: RecordChange[]
  /** Where the edit was made: undo and redo go back there, so the change is seen. */
  position: StepRef | null
  /** Edits of the same thing in quick succession share one entry (see MERGE_WINDOW_MS). */
  mergeKey?: string
  at: number
}

/**
 * Arrowing through the agreed score from 1 to 4 is one decision, not four: edits with the same
 * merge key this close together become one undo step.
 */
export const MERGE_WINDOW_MS = 5_000

/**
 * How often edits mark their workshop as edited (the home screen's "edited" time and order):
 * once a minute is exact enough for that, and spares every key in the rate step a read and a
 * second write of the workshop record.
 */
export const TOUCH_EVERY_MS = 60_000

export interface SessionState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'failed'
  data: SessionData | null
  history: History<HistoryEntry>
  /** The reason of the last write that failed; cleared by the next one that succeeds. */
  failure: string | null
}

export interface SessionDeps {
  db: VantageDatabase
  repositories: Repositories
  records: RecordFactory
  track: <T>(write: () => Promise<T>) => Promise<T>
  /** The disk refuses writes (they are kept and retried), or takes them again (null). */
  reportRefusal?: (refusal: StorageRefusal | null) => void
  /** Tests shorten the wait between attempts. */
  retry?: Pick<WriteQueueOptions, 'wait' | 'retryDelaysMs'>
}

/** A snapshot in the order `open` reads a workshop: ordered lists by order, the rest by id. */
function inLoadOrder(s: WorkshopSnapshot): SessionData {
  return {
    workshop: s.workshop,
    participants: [...s.participants].sort(byOrder),
    ratings: [...s.ratings].sort(byId),
    consensus: [...s.consensus].sort(byId),
    cards: [...s.cards].sort(byOrder),
    gapNotes: [...s.gapNotes].sort(byId),
    bets: [...s.bets].sort(byOrder),
    votes: [...s.votes].sort(byId),
    mapElements: [...s.mapElements].sort(byId),
  }
}

export function createSessionStore(deps: SessionDeps) {
  const { db, repositories, records, track } = deps
  const store = createStore<SessionState>(() => ({
    status: 'idle',
    data: null,
    history: emptyHistory(),
    failure: null,
  }))
  const disk = createDiskRecords()
  /** When each workshop was last marked edited by this window. */
  const touched = new Map<string, number>()

  async function applyEdit(job: WriteJob) {
    const now = records.now()
    const last = touched.get(job.workshopId)
    const touch = last === undefined || now - last >= TOUCH_EVERY_MS ? now : null
    const known = disk.lookupFor(job.workshopId)
    await repositories.changes.apply(job.workshopId, job.changes, touch, known)
    if (touch !== null) touched.set(job.workshopId, touch)
    disk.landed(job.workshopId, job.changes)
  }

  const queue = createWriteQueue({
    apply: (job) => (job.whole ? job.whole() : applyEdit(job)),
    refusalOf: storageRefusalOf,
    onRefusal: (refusal) => deps.reportRefusal?.(refusal),
    ...deps.retry,
  })

  /** Changes written or waiting for the disk, for records of this workshop not yet on disk. */
  const unsavedChangesOf = (workshopId: string) =>
    queue
      .unsaved()
      .filter((job) => job.workshopId === workshopId)
      .flatMap((job) => job.changes)

  /**
   * The screen once a write was dropped. Taking its changes back is not enough when edits made
   * meanwhile were dropped too (an undo of an edit that never landed would bring it back): the
   * workshop's parts are shown as the disk holds them with the writes still waiting applied. The
   * workshop record itself is also written by the home screen, so it is only taken back.
   */
  function withoutDropped(changes: RecordChange[]): SessionData | null {
    const current = store.getState().data
    if (!current) return current
    const takenBack = applyChanges(current, invertChanges(changes))
    const id = current.workshop.id
    const onDisk = disk.withPending(id, unsavedChangesOf(id))
    return onDisk ? { ...onDisk, workshop: takenBack.workshop } : takenBack
  }

  async function write(changes: RecordChange[]): Promise<boolean> {
    const data = store.getState().data
    if (!data || changes.length === 0) return true
    // The screen follows at once; the disk follows in order. A write the disk refuses stays on
    // screen and in the queue; one that fails for a reason of its own is rolled back.
    store.setState({ data: applyChanges(data, changes) })
    const { outcome, durable } = queue.push({ workshopId: data.workshop.id, changes })
    // Counted as saving from the moment it is queued until it is on disk, however long that is.
    void track(() => durable).catch(() => undefined)
    const result = await outcome
    if (result.kind !== 'failed') {
      if (result.kind === 'saved') store.setState({ failure: null })
      return true
    }
    store.setState({ data: withoutDropped(changes), failure: failureReason(result.error) })
    return false
  }

  let reading: { workshopId: string; done: Promise<void> } | null = null
  /** Workshops shown before their whole write has landed (see `arrive`), until it has. */
  const arriving = new Map<string, Promise<void>>()

  /** Loads one workshop whole, in one transaction, with its edits still waiting for the disk. */
  async function read(workshopId: string) {
    store.setState({ status: 'loading', data: null, history: emptyHistory(), failure: null })
    // A workshop still landing is read once it has (or found missing if it never does).
    await arriving.get(workshopId)?.catch(() => undefined)
    try {
      const loaded = await db.transaction('r', db.workshopTables, async () => {
        const workshop = await db.workshops.get(workshopId)
        if (!workshop || workshop.deletedAt !== null) return null
        const [participants, ratings, consensus, cards, gapNotes, bets, votes, mapElements] =
          await Promise.all([
            db.participants.where({ workshopId }).sortBy('order'),
            db.ratings.where({ workshopId }).toArray(),
            db.consensus.where({ workshopId }).toArray(),
            db.cards.where({ workshopId }).sortBy('order'),
            db.gapNotes.where({ workshopId }).toArray(),
            db.bets.where({ workshopId }).sortBy('order'),
            db.votes.where({ workshopId }).toArray(),
            db.mapElements.where({ workshopId }).toArray(),
          ])
        return {
          workshop,
          participants,
          ratings,
          consensus,
          cards,
          gapNotes,
          bets,
          votes,
          mapElements,
        }
      })
      if (loaded) disk.know(workshopId, loaded)
      // Edits still waiting for the disk belong on screen too, or reopening would hide them.
      const unsaved = unsavedChangesOf(workshopId)
      store.setState(
        loaded
          ? { status: 'ready', data: unsaved.length ? applyChanges(loaded, unsaved) : loaded }
          : { status: 'missing' },
      )
    } catch (error) {
      store.setState({
        status: 'failed',
        failure: failureReason(error),
      })
    }
  }

  /** Undo or redo one entry; if its write fails, the history stays as it was. */
  async function travel(
    move: typeof undo<HistoryEntry>,
    changesOf: (entry: HistoryEntry) => RecordChange[],
  ): Promise<boolean> {
    const before = store.getState().history
    const step = move(before)
    if (!step) return false
    store.setState({ history: step.history })
    await actions.revisit(step.entry.position)
    const ok = await write(changesOf(step.entry))
    if (!ok) store.setState({ history: before })
    return ok
  }

  const actions = {
    async open(workshopId: string) {
      if (store.getState().data?.workshop.id === workshopId) return
      // A read of this workshop already on its way (start-up begins the print window's before
      // its screen is drawn): join it rather than read the workshop twice.
      if (reading?.workshopId === workshopId) return reading.done
      const done = read(workshopId)
      reading = { workshopId, done }
      try {
        await done
      } finally {
        if (reading?.done === done) reading = null
      }
    },

    close() {
      disk.forget()
      store.setState({ status: 'idle', data: null, history: emptyHistory(), failure: null })
    },

    /**
     * Opens a workshop at once and writes it whole behind the screen (`write`, one transaction),
     * as the first of its writes: edits made meanwhile wait for it, "Saving…" shows until it has
     * landed, and a full disk keeps and retries it like any edit. Resolves once it is on disk;
     * if it fails for a reason of its own, the edits made meanwhile go with it, the workshop is
     * closed, and the promise rejects with the reason.
     */
    arrive(snapshot: WorkshopSnapshot, write: () => Promise<void>): Promise<void> {
      const workshopId = snapshot.workshop.id
      // Shown from what will be written, not read back; its history starts empty.
      const data = inLoadOrder(snapshot)
      disk.know(workshopId, data)
      store.setState({
        status: 'ready',
        data,
        history: emptyHistory(),
        failure: null,
      })
      const { durable } = queue.push({ workshopId, changes: [], whole: write })
      arriving.set(workshopId, durable)
      const landed = track(() => durable)
      void landed.then(
        () => arriving.delete(workshopId),
        () => {
          arriving.delete(workshopId)
          if (store.getState().data?.workshop.id === workshopId) actions.close()
        },
      )
      return landed
    },

    /**
     * An edit the facilitator can undo. It enters the history at once, so an undo pressed while
     * it is still being written undoes this edit and not the one before.
     */
    async commit(changes: RecordChange[], options: { mergeKey?: string } = {}): Promise<boolean> {
      if (!isEffective(changes)) return true
      const now = Date.now()
      const { past, future } = store.getState().history
      const last = past.at(-1)
      const merging =
        options.mergeKey !== undefined &&
        last?.mergeKey === options.mergeKey &&
        future.length === 0 &&
        now - last.at < MERGE_WINDOW_MS
      const entry: HistoryEntry = {
        changes: merging ? mergeChanges(last.changes, changes) : changes,
        position: merging ? last.position : (store.getState().data?.workshop.position ?? null),
        mergeKey: options.mergeKey,
        at: now,
      }
      store.setState((s) => ({
        history: merging
          ? { past: [...s.history.past.slice(0, -1), entry], future: [] }
          : record(s.history, entry),
      }))
      const ok = await write(changes)
      if (!ok)
        store.setState((s) => ({
          history: { past: s.history.past.filter((e) => e !== entry), future: s.history.future },
        }))
      return ok
    },

    /** A change that is not an edit of the room's work (navigation, the timer): no undo. */
    async persist(changes: RecordChange[]): Promise<boolean> {
      return write(changes)
    },

    async undo(): Promise<boolean> {
      return travel(undo, (entry) => invertChanges(entry.changes))
    },

    async redo(): Promise<boolean> {
      return travel(redo, (entry) => entry.changes)
    },

    /** Moves the facilitator to a step, remembered for the next start. */
    async goTo(position: StepRef) {
      const data = store.getState().data
      if (!data) return
      const current = data.workshop.position
      if (current?.lensId === position.lensId && current.step === position.step) return
      await write([
        {
          table: 'workshops',
          id: data.workshop.id,
          before: data.workshop,
          after: { ...data.workshop, position },
        },
      ])
    },

    async revisit(position: StepRef | null) {
      if (position) await actions.goTo(position)
    },

    /** Workshops with edits the disk has not taken yet, in the order they were made. */
    unsavedWorkshops(): string[] {
      return [...new Set(queue.unsaved().map((job) => job.workshopId))]
    },

    /**
     * A workshop as the facilitator sees it, edits waiting for the disk included: what a session
     * file saved while the disk refuses must hold. The open workshop is read from memory, since
     * the database may refuse reads as well.
     */
    async snapshotOf(workshopId: string): Promise<WorkshopSnapshot> {
      const open = store.getState().data
      if (open?.workshop.id === workshopId) return inReadingOrder(open)
      const stored = await repositories.snapshots.readSnapshot(workshopId)
      return inReadingOrder(applyChanges(stored, unsavedChangesOf(workshopId)))
    },

    /** Tries a refused write again now instead of at the next planned attempt. */
    retryNow() {
      queue.retryNow()
    },
  }

  return { store, actions }
}

export type SessionStore = ReturnType<typeof createSessionStore>

export const canUndoSession = (s: SessionState) => canUndo(s.history)
export const canRedoSession = (s: SessionState) => canRedo(s.history)
