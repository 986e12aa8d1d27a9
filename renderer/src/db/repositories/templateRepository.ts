/**
 * The template library on this laptop: the facilitator's own templates, listed, saved as they
 * are edited, deleted softly so undo can bring them back, duplicated and imported. The built-in
 * template is never stored (it ships in shared/content): it can be read and duplicated here,
 * never written. Every write is one strict transaction, like the workshops' own.
 */
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE, isBuiltInTemplateId } from '@shared/content'
import {
  copyName,
  TEMPLATE_COPY_WORDS_ENGLISH,
  type TemplateCopyWords,
  duplicateTemplate,
  importConflict,
  resolveImport,
  templateOf,
  type ImportChoice,
  type ImportConflict,
  type LibraryTemplate,
  type Template,
} from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'

export const BUILT_IN_TEMPLATE: Template = DEFAULT_TEMPLATE

/** Every built-in template, one per language; none is ever stored or written. */
const BUILT_INS: readonly Template[] = Object.values(BUILT_IN_TEMPLATES)
const BUILT_IN_IDS = BUILT_INS.map((template) => template.id)

export class TemplateNotFoundError extends Error {
  constructor(readonly templateId: string) {
    super(`No template with id ${templateId}`)
    this.name = 'TemplateNotFoundError'
  }
}

export class BuiltInTemplateError extends Error {
  constructor() {
    super('The built-in template is read-only; duplicate it to edit a copy.')
    this.name = 'BuiltInTemplateError'
  }
}

/** Whether two templates say the same thing; the revision and bookkeeping aside. */
function sameWording(a: Template, b: Template): boolean {
  const wording = (t: Template) => JSON.stringify({ ...templateOf(t), revision: 0 })
  return wording(a) === wording(b)
}

/** Most recently edited first; then by name and id, so the order never flickers. */
function byLastEdited(a: LibraryTemplate, b: LibraryTemplate): number {
  return (
    b.updatedAt - a.updatedAt ||
    a.name.localeCompare(b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

export function createTemplateRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  async function activeNames(): Promise<string[]> {
    const all = await db.templates.toArray()
    return [
      ...BUILT_INS.map((t) => t.name),
      ...all.filter((t) => t.deletedAt === null).map((t) => t.name),
    ]
  }

  /** Stores `template` as a new library entry under its own id. */
  async function addNew(template: Template): Promise<LibraryTemplate> {
    const now = records.now()
    const stored: LibraryTemplate = {
      ...templateOf(template),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
    await db.templates.put(stored)
    return stored
  }

  async function save(template: Template): Promise<LibraryTemplate> {
    if (isBuiltInTemplateId(template.id)) throw new BuiltInTemplateError()
    const existing = await db.templates.get(template.id)
    if (!existing) return addNew(template)
    if (sameWording(existing, template)) return existing
    // One revision per saved change, and never backwards: an undo is a change too, so a frozen
    // copy's revision always names one wording.
    const stored: LibraryTemplate = {
      ...templateOf(template),
      revision: Math.max(existing.revision + 1, template.revision),
      createdAt: existing.createdAt,
      updatedAt: records.now(),
      deletedAt: existing.deletedAt,
    }
    await db.templates.put(stored)
    return stored
  }

  return {
    builtIn: BUILT_IN_TEMPLATE,
    builtIns: BUILT_INS,

    /** The facilitator's templates that are not deleted, most recently edited first. */
    async list(): Promise<LibraryTemplate[]> {
      const all = await db.templates.toArray()
      return all.filter((t) => t.deletedAt === null).sort(byLastEdited)
    },

    /** A stored template (deleted ones too, for undo); the built-in is `builtIn`, not here. */
    get(id: string): Promise<LibraryTemplate | undefined> {
      return db.templates.get(id)
    },

    /** A new template with a name and no lenses, for the editor to fill in. */
    async create(name: string): Promise<LibraryTemplate> {
      return db.transaction('rw', db.templates, () =>
        addNew({ id: records.newId(), name, revision: 1, lenses: [] }),
      )
    },

    /**
     * Saves an edited template (the editor autosaves through here). Returns what is stored: the
     * same record when the wording did not change, else one with the next revision.
     */
    async put(template: Template): Promise<LibraryTemplate> {
      return db.transaction('rw', db.templates, () => save(template))
    },

    /**
     * A stored copy of the built-in or a stored template: a new id, the same lens ids. Without a
     * `name`, it is named from the source with `words` (the caller's language, English by default).
     */
    async duplicate(
      id: string,
      name?: string,
      words: TemplateCopyWords = TEMPLATE_COPY_WORDS_ENGLISH,
    ): Promise<LibraryTemplate> {
      return db.transaction('rw', db.templates, async () => {
        const source = BUILT_INS.find((t) => t.id === id) ?? (await db.templates.get(id))
        if (!source) throw new TemplateNotFoundError(id)
        const copy = duplicateTemplate(
          templateOf(source),
          records.newId(),
          name ?? copyName(source.name, await activeNames(), words.copy, words.untitled),
        )
        return addNew(copy)
      })
    },

    /**
     * A workshop's own copy kept in the library under a new id and `name`: its lenses keep their
     * ids, so workshops made from it compare over time with the workshop it came from.
     */
    async saveCopy(template: Template, name: string): Promise<LibraryTemplate> {
      return db.transaction('rw', db.templates, () =>
        addNew(duplicateTemplate(templateOf(template), records.newId(), name)),
      )
    },

    /** Hides the template; it stays stored until restored, so undo loses nothing. */
    async softDelete(id: string): Promise<void> {
      await db.transaction('rw', db.templates, async () => {
        const existing = await db.templates.get(id)
        if (!existing) throw new TemplateNotFoundError(id)
        await db.templates.put({ ...existing, deletedAt: records.now() })
      })
    },

    async restore(id: string): Promise<void> {
      await db.transaction('rw', db.templates, async () => {
        const existing = await db.templates.get(id)
        if (!existing) throw new TemplateNotFoundError(id)
        await db.templates.put({ ...existing, deletedAt: null })
      })
    },

    /** What importing `template` would meet, for the "keep both / replace" question. */
    async importConflict(template: Template): Promise<ImportConflict> {
      return importConflict(template, BUILT_IN_IDS, await db.templates.toArray())
    },

    /**
     * Stores an imported template. Without a conflict it is stored as it came; "keepBoth" stores
     * it under a new id and name (lens ids kept), "replace" overwrites the stored one with the
     * same id. The built-in can only be kept beside, never replaced. A kept copy is named with
     * `words` (the caller's language, English by default).
     */
    async importTemplate(
      template: Template,
      choice: ImportChoice,
      words: TemplateCopyWords = TEMPLATE_COPY_WORDS_ENGLISH,
    ): Promise<LibraryTemplate> {
      return db.transaction('rw', db.templates, async () => {
        const conflict = importConflict(template, BUILT_IN_IDS, await db.templates.toArray())
        const resolved = resolveImport(
          template,
          conflict,
          choice,
          records.newId,
          await activeNames(),
          words,
        )
        const existing = await db.templates.get(resolved.id)
        // Over a deleted template, or replacing: the import takes the place, visible again.
        if (existing) {
          const saved = await save(resolved)
          const visible = { ...saved, deletedAt: null, updatedAt: records.now() }
          await db.templates.put(visible)
          return visible
        }
        return addNew(resolved)
      })
    },
  }
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>
