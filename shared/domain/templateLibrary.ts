/**
 * The facilitator's template library: the templates kept on this laptop beside the built-in
 * one, and the decisions around them that are not edits of wording: which template is the
 * built-in (read-only, never stored), a copy's name, and what importing a file does when a
 * template with its id is already here (keep both, or replace).
 */
import { duplicateTemplate } from './templateEdits'
import { freezeTemplate, type Template } from './template'
import type { PhraseTable } from '../i18n/phrases'

/** A template as the library stores it: the template itself and its bookkeeping. */
export interface LibraryTemplate extends Template {
  createdAt: number
  updatedAt: number
  /** Set while deleted, so undo can bring it back; null otherwise. */
  deletedAt: number | null
}

/** The template alone, without the library's bookkeeping: what a workshop or a file holds. */
export function templateOf(template: Template): Template {
  return freezeTemplate(template)
}

/**
 * The words of a copy's name, in English: the renderer passes the app's language at the moment
 * of copying or importing, and the name keeps those words afterwards.
 */
export const TEMPLATE_COPY_WORDS_ENGLISH = {
  copy: 'copy',
  imported: 'imported',
  untitled: 'Untitled template',
} as const

export type TemplateCopyWords = PhraseTable<typeof TEMPLATE_COPY_WORDS_ENGLISH>

/**
 * "Name (copy)", then "Name (copy 2)"... the first that no other template uses, compared
 * without case so two entries in the list never read the same. `word` marks the copy; a
 * template without a name is called `untitled`.
 */
export function copyName(
  name: string,
  taken: readonly string[],
  word: string = TEMPLATE_COPY_WORDS_ENGLISH.copy,
  untitled: string = TEMPLATE_COPY_WORDS_ENGLISH.untitled,
): string {
  const used = new Set(taken.map((n) => n.trim().toLocaleLowerCase('en')))
  const base = name.trim() === '' ? untitled : name.trim()
  const first = `${base} (${word})`
  if (!used.has(first.toLocaleLowerCase('en'))) return first
  for (let n = 2; ; n++) {
    const candidate = `${base} (${word} ${n})`
    if (!used.has(candidate.toLocaleLowerCase('en'))) return candidate
  }
}

/** What importing a template would meet: nothing, the built-in template, or a stored one. */
export type ImportConflict =
  | { kind: 'none' }
  /** The built-in cannot be replaced: the only choice is to keep both. */
  | { kind: 'builtIn' }
  | { kind: 'stored'; existing: LibraryTemplate }

export function importConflict(
  imported: Template,
  builtInIds: readonly string[],
  library: readonly LibraryTemplate[],
): ImportConflict {
  if (builtInIds.includes(imported.id)) return { kind: 'builtIn' }
  // A deleted template's id is free again: importing over it is not a question worth asking.
  const existing = library.find((t) => t.id === imported.id && t.deletedAt === null)
  return existing ? { kind: 'stored', existing } : { kind: 'none' }
}

export type ImportChoice = 'keepBoth' | 'replace'

/**
 * The template to store for an import. Keeping both gives the import a new id and a name of its
 * own, while its lenses keep their ids: workshops run with either still compare lens by lens.
 * Replacing keeps the id (so it takes the stored template's place) and the file's wording.
 * `words` name the copy (English by default).
 */
export function resolveImport(
  imported: Template,
  conflict: ImportConflict,
  choice: ImportChoice,
  newId: () => string,
  takenNames: readonly string[],
  words: TemplateCopyWords = TEMPLATE_COPY_WORDS_ENGLISH,
): Template {
  const plain = templateOf(imported)
  if (conflict.kind === 'none' || (conflict.kind === 'stored' && choice === 'replace')) return plain
  const name = copyName(plain.name, takenNames, words.imported, words.untitled)
  return duplicateTemplate(plain, newId(), name)
}
