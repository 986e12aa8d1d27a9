/**
 * The facilitator's template library: the templates kept on this laptop beside the built-in
 * one, and the decisions around them that are not edits of wording: which template is the
 * built-in (read-only, never stored), a copy's name, and what importing a file does when a
 * template with its id is already here (keep both, or replace).
 */
import { duplicateTemplate } from './templateEdits'
import { freezeTemplate, type Template } from './template'

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
 * "Name (copy)", then "Name (copy 2)"... the first that no other template uses, compared
 * without case so two entries in the list never read the same.
 */
export function copyName(name: string, taken: readonly string[], word = 'copy'): string {
  const used = new Set(taken.map((n) => n.trim().toLocaleLowerCase('en')))
  const base = name.trim() === '' ? 'Untitled template' : name.trim()
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
 */
export function resolveImport(
  imported: Template,
  conflict: ImportConflict,
  choice: ImportChoice,
  newId: () => string,
  takenNames: readonly string[],
): Template {
  const plain = templateOf(imported)
  if (conflict.kind === 'none' || (conflict.kind === 'stored' && choice === 'replace')) return plain
  return duplicateTemplate(plain, newId(), copyName(plain.name, takenNames, 'imported'))
}
