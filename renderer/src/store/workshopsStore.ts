/**
 * The list of workshops on the home screen and what can be done to them. Components read state
 * through selectors and change it only through these actions; actions write through repositories.
 */
import { createStore } from 'zustand/vanilla'
import { titleForCopy, type Template, type Workshop, type WorkshopDetails } from '@shared/domain'
import type { DetailsErrors } from '@shared/schema/workshopDetails'
import { validateWorkshopDetails } from './validateDetails'
import type { WorkshopRepository } from '../db/repositories/workshopRepository'
import { failureReason } from '../i18n/failureReason'

export type Notice =
  | { kind: 'deleted'; workshopId: string; title: string }
  | { kind: 'restored'; title: string }
  | { kind: 'duplicated'; title: string }
  | { kind: 'failed'; reason: string }

/**
 * Invalid input comes back as field errors; a write that failed (full disk, a workshop deleted in
 * another window) as `failure`. Neither changes anything on disk.
 */
export type SaveOutcome =
  { ok: true; workshop: Workshop } | { ok: false; errors: DetailsErrors; failure?: string }

export interface WorkshopsState {
  status: 'idle' | 'loading' | 'ready' | 'failed'
  workshops: Workshop[]
  notice: Notice | null
}

export interface WorkshopsDeps {
  repository: WorkshopRepository
  /** The template of a workshop created without one: read at creation, as the language may change. */
  defaultTemplate: () => Template
  /** "(copy)", "(copy 2)": translated by the caller. */
  copyLabel: (n: number) => string
  /** Wraps every write so the saved indicator knows about it. */
  track: <T>(write: () => Promise<T>) => Promise<T>
}

export function createWorkshopsStore(deps: WorkshopsDeps) {
  const store = createStore<WorkshopsState>(() => ({
    status: 'idle',
    workshops: [],
    notice: null,
  }))
  const { repository, track } = deps

  async function refresh() {
    store.setState({ workshops: await repository.listActive(), status: 'ready' })
  }

  /** Runs an action; a failure is reported as a notice and the list is re-read from disk. */
  async function attempt(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      store.setState({ notice: { kind: 'failed', reason: failureReason(error) } })
      await refresh().catch(() => store.setState({ status: 'failed' }))
    }
  }

  async function guardedSave(write: () => Promise<Workshop>): Promise<SaveOutcome> {
    try {
      return { ok: true, workshop: await write() }
    } catch (error) {
      return { ok: false, errors: {}, failure: failureReason(error) }
    }
  }

  const actions = {
    async load() {
      store.setState({ status: 'loading' })
      try {
        await refresh()
      } catch {
        store.setState({ status: 'failed' })
      }
    },

    /** Creates a workshop with a frozen copy of `template` (the default template when none). */
    async create(details: WorkshopDetails, template?: Template): Promise<SaveOutcome> {
      const validation = await validateWorkshopDetails(details)
      if (!validation.ok) return validation
      return guardedSave(async () => {
        const workshop = await track(() =>
          repository.create(validation.value, template ?? deps.defaultTemplate()),
        )
        await refresh()
        return workshop
      })
    },

    /** Validates the whole set of details; invalid input changes nothing. */
    async updateDetails(id: string, details: WorkshopDetails): Promise<SaveOutcome> {
      const validation = await validateWorkshopDetails(details)
      if (!validation.ok) return validation
      return guardedSave(async () => {
        const workshop = await track(() => repository.updateDetails(id, validation.value))
        store.setState((s) => ({
          workshops: s.workshops.map((w) => (w.id === id ? workshop : w)),
        }))
        return workshop
      })
    },

    async rename(id: string, title: string): Promise<SaveOutcome> {
      const current = store.getState().workshops.find((w) => w.id === id)
      if (!current) return { ok: false, errors: {}, failure: `No workshop with id ${id}` }
      const outcome = await actions.updateDetails(id, { ...current, title })
      // The title is saved either way; a failed re-read only leaves the order stale.
      if (outcome.ok) await refresh().catch(() => undefined)
      return outcome
    },

    async duplicate(id: string) {
      await attempt(async () => {
        const source = store.getState().workshops.find((w) => w.id === id)
        if (!source) return
        const titles = store.getState().workshops.map((w) => w.title)
        const title = titleForCopy(source.title, titles, deps.copyLabel)
        await track(() => repository.duplicate(id, title))
        await refresh()
        store.setState({ notice: { kind: 'duplicated', title } })
      })
    },

    async remove(id: string) {
      await attempt(async () => {
        const source = store.getState().workshops.find((w) => w.id === id)
        if (!source) return
        await track(() => repository.softDelete(id))
        await refresh()
        store.setState({ notice: { kind: 'deleted', workshopId: id, title: source.title } })
      })
    },

    async undoRemove() {
      const notice = store.getState().notice
      if (notice?.kind !== 'deleted') return
      await attempt(async () => {
        await track(() => repository.restore(notice.workshopId))
        await refresh()
        store.setState({ notice: { kind: 'restored', title: notice.title } })
      })
    },

    dismissNotice() {
      store.setState({ notice: null })
    },
  }

  return { store, actions }
}

export type WorkshopsStore = ReturnType<typeof createWorkshopsStore>
