/**
 * The template library and the one template open in the editor. The library is the built-in
 * template (read-only) and the facilitator's own; the editor holds its template in memory with
 * an undo/redo history and writes it through the repository: typed text shortly after the
 * typing stops (and at once when the app quits, through pendingSaves), everything else at once.
 */
import { createStore } from 'zustand/vanilla'
import {
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  renameTemplate,
  undo,
  type History,
  type ImportChoice,
  type ImportConflict,
  type LibraryTemplate,
  type Template,
} from '@shared/domain'
import type { TemplateRepository } from '../db/repositories/templateRepository'
import { registerPendingSave } from '../ui/pendingSaves'
import { failureReason } from '../i18n/failureReason'
import { templateCopyWords } from '../i18n/sharedWords'

export const TEMPLATE_TEXT_SAVE_DELAY_MS = 300

export type TemplateNotice =
  | { kind: 'created'; name: string }
  | { kind: 'duplicated'; name: string }
  | { kind: 'deleted'; templateId: string; name: string }
  | { kind: 'restored'; name: string }
  | { kind: 'imported'; name: string }
  | { kind: 'failed'; reason: string }

/** One undo step: the template before and after it. */
interface EditorStep {
  before: Template
  after: Template
  /** Consecutive text edits of one field share a key, so a typed word undoes as one step. */
  key: string | null
}

export type EditorSaveState = 'saved' | 'pending' | 'saving' | 'failed'

export interface TemplateEditor {
  id: string
  template: Template
  /** The built-in template: shown, never written. */
  readOnly: boolean
  history: History<EditorStep>
  saveState: EditorSaveState
  failure: string | null
}

export interface TemplatesState {
  status: 'idle' | 'loading' | 'ready' | 'failed'
  /** The English built-in, the default for callers that name none. */
  builtIn: Template
  /** Every built-in, one per language. */
  builtIns: readonly Template[]
  templates: LibraryTemplate[]
  notice: TemplateNotice | null
  /** 'missing' when the template asked for is not in the library (or was deleted). */
  editor: TemplateEditor | 'missing' | null
}

export interface TemplatesDeps {
  repository: TemplateRepository
  track: <T>(write: () => Promise<T>) => Promise<T>
  delayMs?: number
}

/** How an edit is saved: 'text' waits for the typing to stop; 'structure' is written at once. */
export interface EditOptions {
  kind: 'text' | 'structure'
  /** For text edits: which field, so a run of keystrokes in it is one undo step. */
  key?: string
}

export function createTemplatesStore(deps: TemplatesDeps) {
  const { repository, track } = deps
  const delay = deps.delayMs ?? TEMPLATE_TEXT_SAVE_DELAY_MS
  const store = createStore<TemplatesState>(() => ({
    status: 'idle',
    builtIn: repository.builtIn,
    builtIns: repository.builtIns,
    templates: [],
    notice: null,
    editor: null,
  }))

  let timer: ReturnType<typeof setTimeout> | null = null
  let unregister: (() => void) | null = null
  // Writes go one after another, so an older wording can never land after a newer one.
  let queue: Promise<void> = Promise.resolve()

  async function refresh() {
    store.setState({ templates: await repository.list(), status: 'ready' })
  }

  async function attempt(action: () => Promise<void>) {
    try {
      await action()
    } catch (error) {
      store.setState({ notice: { kind: 'failed', reason: failureReason(error) } })
      await refresh().catch(() => store.setState({ status: 'failed' }))
    }
  }

  function openEditor(): TemplateEditor | null {
    const editor = store.getState().editor
    return editor && editor !== 'missing' ? editor : null
  }

  function patchEditor(patch: Partial<TemplateEditor>) {
    const editor = openEditor()
    if (editor) store.setState({ editor: { ...editor, ...patch } })
  }

  /** Writes the editor's current template now; a later edit's save waits for this one. */
  function saveNow(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    const editor = openEditor()
    if (!editor || editor.readOnly) return queue
    const template = editor.template
    patchEditor({ saveState: 'saving' })
    queue = queue.then(async () => {
      try {
        const stored = await track(() => repository.put(template))
        store.setState((s) => ({
          templates: s.templates.map((t) => (t.id === stored.id ? stored : t)),
        }))
        const now = openEditor()
        // Only "saved" when nothing newer is waiting to be written.
        if (now?.id === stored.id && now.template === template && timer === null)
          patchEditor({ saveState: 'saved', failure: null })
      } catch (error) {
        patchEditor({ saveState: 'failed', failure: failureReason(error) })
      }
    })
    return queue
  }

  function scheduleSave() {
    if (timer) clearTimeout(timer)
    patchEditor({ saveState: 'pending' })
    timer = setTimeout(() => void saveNow(), delay)
  }

  /** Applies a template from undo or redo and saves it at once. */
  function applyStep(template: Template, history: History<EditorStep>) {
    patchEditor({ template, history })
    void saveNow()
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

    /** A new, empty template; resolves to it so the caller can open the editor on it. */
    async create(name: string): Promise<LibraryTemplate | null> {
      let created: LibraryTemplate | null = null
      await attempt(async () => {
        created = await track(() => repository.create(name))
        await refresh()
        store.setState({ notice: { kind: 'created', name } })
      })
      return created
    },

    async duplicate(id: string): Promise<LibraryTemplate | null> {
      let copy: LibraryTemplate | null = null
      await attempt(async () => {
        const made = await track(() => repository.duplicate(id, undefined, templateCopyWords()))
        copy = made
        await refresh()
        store.setState({ notice: { kind: 'duplicated', name: made.name } })
      })
      return copy
    },

    /**
     * Keeps a copy of `template` (a workshop's own) in the library, as a new template. Resolves
     * to it, or to why it could not be written, for the dialog that asked to say.
     */
    async saveAsTemplate(
      template: Template,
      name: string,
    ): Promise<{ ok: true; saved: LibraryTemplate } | { ok: false; reason: string }> {
      try {
        const saved = await track(() => repository.saveCopy(template, name))
        await refresh()
        store.setState({ notice: { kind: 'created', name: saved.name } })
        return { ok: true, saved }
      } catch (error) {
        return { ok: false, reason: failureReason(error) }
      }
    },

    /** Renames from the library list; an empty name is refused and changes nothing. */
    async rename(id: string, name: string): Promise<{ ok: boolean; failure?: string }> {
      if (name.trim() === '') return { ok: false }
      const current = store.getState().templates.find((t) => t.id === id)
      if (!current) return { ok: false, failure: `No template with id ${id}` }
      try {
        await track(() => repository.put(renameTemplate(current, name.trim())))
        await refresh()
        return { ok: true }
      } catch (error) {
        return { ok: false, failure: failureReason(error) }
      }
    },

    async remove(id: string) {
      await attempt(async () => {
        const source = store.getState().templates.find((t) => t.id === id)
        if (!source) return
        await track(() => repository.softDelete(id))
        await refresh()
        store.setState({ notice: { kind: 'deleted', templateId: id, name: source.name } })
      })
    },

    async undoRemove() {
      const notice = store.getState().notice
      if (notice?.kind !== 'deleted') return
      await attempt(async () => {
        await track(() => repository.restore(notice.templateId))
        await refresh()
        store.setState({ notice: { kind: 'restored', name: notice.name } })
      })
    },

    /** What importing `template` would meet, for the keep both / replace question. */
    importConflict(template: Template): Promise<ImportConflict> {
      return repository.importConflict(template)
    },

    async importTemplate(template: Template, choice: ImportChoice) {
      await attempt(async () => {
        const stored = await track(() =>
          repository.importTemplate(template, choice, templateCopyWords()),
        )
        await refresh()
        store.setState({ notice: { kind: 'imported', name: stored.name } })
      })
    },

    dismissNotice() {
      store.setState({ notice: null })
    },

    /** Opens a template in the editor: the built-in read-only, a deleted one not at all. */
    async open(id: string) {
      await actions.close()
      const builtIn = repository.builtIns.find((template) => template.id === id)
      if (builtIn) {
        store.setState({
          editor: {
            id,
            template: builtIn,
            readOnly: true,
            history: emptyHistory(),
            saveState: 'saved',
            failure: null,
          },
        })
        return
      }
      const stored = await repository.get(id)
      if (!stored || stored.deletedAt !== null) {
        store.setState({ editor: 'missing' })
        return
      }
      store.setState({
        editor: {
          id,
          template: stored,
          readOnly: false,
          history: emptyHistory(),
          saveState: 'saved',
          failure: null,
        },
      })
      unregister = registerPendingSave(() => {
        if (timer) void saveNow()
      })
    },

    /** Closes the editor, writing what is still waiting first. */
    async close() {
      if (timer) await saveNow()
      else await queue
      unregister?.()
      unregister = null
      store.setState({ editor: null })
    },

    /** Writes a waiting text edit now (on blur, and before leaving the editor). */
    flush(): Promise<void> {
      return timer ? saveNow() : queue
    },

    /** One edit of the open template, as a pure change; an edit that changes nothing is dropped. */
    edit(change: (template: Template) => Template, options: EditOptions) {
      const editor = openEditor()
      if (!editor || editor.readOnly) return
      const after = change(editor.template)
      if (after === editor.template) return
      const key = options.kind === 'text' ? (options.key ?? null) : null
      const last = editor.history.past.at(-1)
      const history =
        key !== null && last?.key === key && editor.history.future.length === 0
          ? { past: [...editor.history.past.slice(0, -1), { ...last, after }], future: [] }
          : record(editor.history, { before: editor.template, after, key })
      patchEditor({ template: after, history })
      if (options.kind === 'text') scheduleSave()
      else void saveNow()
    },

    undo() {
      const editor = openEditor()
      if (!editor || editor.readOnly) return
      const step = undo(editor.history)
      if (step) applyStep(step.entry.before, step.history)
    },

    redo() {
      const editor = openEditor()
      if (!editor || editor.readOnly) return
      const step = redo(editor.history)
      if (step) applyStep(step.entry.after, step.history)
    },
  }

  /**
   * Ends a run of typing as one undo step (on blur), so the next keystrokes in the same field
   * start a new one.
   */
  function endTypingRun() {
    const editor = openEditor()
    const last = editor?.history.past.at(-1)
    if (!editor || !last || last.key === null) return
    patchEditor({
      history: {
        ...editor.history,
        past: [...editor.history.past.slice(0, -1), { ...last, key: null }],
      },
    })
  }

  return { store, actions: { ...actions, endTypingRun } }
}

export function editorCanUndo(editor: TemplateEditor): boolean {
  return !editor.readOnly && canUndo(editor.history)
}

export function editorCanRedo(editor: TemplateEditor): boolean {
  return !editor.readOnly && canRedo(editor.history)
}

export type TemplatesStore = ReturnType<typeof createTemplatesStore>
