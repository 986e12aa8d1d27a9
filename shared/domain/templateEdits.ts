/**
 * The template editor's edits, as pure functions: each takes a template and returns a new one,
 * never changing its input, so undo is keeping the previous value and a workshop's frozen copy
 * can never be reached by a later edit. An edit that names a lens, prompt or level that is not
 * there returns the very same template, so "nothing changed" is `result === template`.
 *
 * Edits do not police the editor's rules (3 to 6 prompts, unique names...): a template may be
 * half-written while the facilitator types, and templateProblems.ts says what is still wrong.
 * They do keep what the rest of the app relies on: every lens keeps its id through every edit,
 * new ids are unique in the template and match LENS_ID_PATTERN, and a scale has levels 1 to 5.
 * The revision is left alone: the repository bumps it once per saved change.
 */
import {
  MATURITY_LEVELS,
  type LensDefinition,
  type LensId,
  type MaturityLevel,
  type MaturityLevelDescription,
} from './lens'
import { copyLens, type Template } from './template'

/** Room for a "-12" suffix within LENS_ID_PATTERN's 64 characters. */
const SLUG_MAX_LENGTH = 48

/** What a lens id is built from when its title gives nothing usable (no Latin letters or digits). */
const FALLBACK_SLUG = 'lens'

/** "Cross-functional Integration!" -> "cross-functional-integration"; accents dropped, not lost. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/^-+|-+$/g, '')
  return slug === '' ? FALLBACK_SLUG : slug
}

/** The slug of `title`, numbered ("alignment-2") when another lens already has it. */
export function newLensId(template: Template, title: string): LensId {
  const taken = new Set(template.lenses.map((lens) => lens.id))
  const base = slugOf(title)
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * A new lens's scale: the levels in order with a neutral label, descriptions left to write. In
 * English; the renderer passes the app's language at the moment the lens is added, so a lens
 * keeps the words it was written in when the language changes later.
 */
export const NEW_LENS_LEVEL_LABELS: Readonly<Record<MaturityLevel, string>> = {
  1: 'Starting',
  2: 'Emerging',
  3: 'Practised',
  4: 'Established',
  5: 'Leading',
}

/** A label for each level of a new lens's scale, in one language. */
export type LevelWords = Readonly<Record<MaturityLevel, string>>

/** A lens with its title and empty fields to fill in: three prompts and five descriptions. */
export function blankLens(
  id: LensId,
  title: string,
  labels: LevelWords = NEW_LENS_LEVEL_LABELS,
): LensDefinition {
  return {
    id,
    title,
    coreQuestion: '',
    prompts: ['', '', ''],
    scale: MATURITY_LEVELS.map((level) => ({ level, label: labels[level], description: '' })),
  }
}

/** A template with a name and no lenses yet (the editor asks for at least one). */
export function blankTemplate(id: string, name: string): Template {
  return { id, name, revision: 1, lenses: [] }
}

/** An independent copy under a new id and name; every lens keeps its id (stable lens ids). */
export function duplicateTemplate<T extends Template>(template: T, id: string, name: string): T {
  return { ...template, id, name, revision: 1, lenses: template.lenses.map(copyLens) }
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length
  return Math.min(Math.max(Math.trunc(index), 0), length)
}

/** The list with the entry at `from` moved to `to`; the same list when there is nothing to move. */
function moved<X>(list: readonly X[], from: number, to: number): readonly X[] {
  if (!Number.isInteger(from) || from < 0 || from >= list.length) return list
  const target = clampIndex(to, list.length - 1)
  if (target === from) return list
  const next = [...list]
  const [entry] = next.splice(from, 1)
  next.splice(target, 0, entry as X)
  return next
}

function withLenses<T extends Template>(template: T, lenses: readonly LensDefinition[]): T {
  return lenses === template.lenses ? template : { ...template, lenses: [...lenses] }
}

/** Applies `change` to one lens; the same template when the lens is missing or unchanged. */
function editLens<T extends Template>(
  template: T,
  lensId: LensId,
  change: (lens: LensDefinition) => LensDefinition,
): T {
  const index = template.lenses.findIndex((lens) => lens.id === lensId)
  const lens = template.lenses[index]
  if (lens === undefined) return template
  const next = change(lens)
  if (next === lens) return template
  // Whatever the change did, the lens keeps its id: other records point at it.
  return withLenses(template, template.lenses.with(index, { ...next, id: lens.id }))
}

export function renameTemplate<T extends Template>(template: T, name: string): T {
  return template.name === name ? template : { ...template, name }
}

/**
 * Adds a blank lens titled `title` at `index` (the end by default), its id from the title, its
 * scale labelled with `labels` (English by default).
 */
export function addLens<T extends Template>(
  template: T,
  title: string,
  index?: number,
  labels: LevelWords = NEW_LENS_LEVEL_LABELS,
): T {
  const lens = blankLens(newLensId(template, title), title, labels)
  const at = clampIndex(index ?? template.lenses.length, template.lenses.length)
  return withLenses(template, template.lenses.toSpliced(at, 0, lens))
}

export function removeLens<T extends Template>(template: T, lensId: LensId): T {
  const lenses = template.lenses.filter((lens) => lens.id !== lensId)
  return lenses.length === template.lenses.length ? template : withLenses(template, lenses)
}

/** Moves a lens to `toIndex` (clamped to the list). */
export function moveLens<T extends Template>(template: T, lensId: LensId, toIndex: number): T {
  const from = template.lenses.findIndex((lens) => lens.id === lensId)
  return withLenses(template, moved(template.lenses, from, toIndex))
}

export interface LensPatch {
  title?: string
  coreQuestion?: string
  optional?: boolean
}

export function updateLens<T extends Template>(template: T, lensId: LensId, patch: LensPatch): T {
  return editLens(template, lensId, (lens) => {
    const title = patch.title ?? lens.title
    const coreQuestion = patch.coreQuestion ?? lens.coreQuestion
    const optional = patch.optional ?? lens.optional === true
    if (
      title === lens.title &&
      coreQuestion === lens.coreQuestion &&
      optional === (lens.optional === true)
    )
      return lens
    const { optional: _dropped, ...rest } = lens
    // Kept only as true: a lens that is not optional has no key, as it had before the flag.
    return { ...rest, title, coreQuestion, ...(optional ? { optional: true } : {}) }
  })
}

function editPrompts<T extends Template>(
  template: T,
  lensId: LensId,
  change: (prompts: readonly string[]) => readonly string[],
): T {
  return editLens(template, lensId, (lens) => {
    const prompts = change(lens.prompts)
    return prompts === lens.prompts ? lens : { ...lens, prompts: [...prompts] }
  })
}

/** Adds a prompt at `index` (the end by default). */
export function addPrompt<T extends Template>(
  template: T,
  lensId: LensId,
  text = '',
  index?: number,
): T {
  return editPrompts(template, lensId, (prompts) =>
    prompts.toSpliced(clampIndex(index ?? prompts.length, prompts.length), 0, text),
  )
}

export function updatePrompt<T extends Template>(
  template: T,
  lensId: LensId,
  index: number,
  text: string,
): T {
  return editPrompts(template, lensId, (prompts) =>
    Number.isInteger(index) && index >= 0 && index < prompts.length && prompts[index] !== text
      ? prompts.with(index, text)
      : prompts,
  )
}

export function movePrompt<T extends Template>(
  template: T,
  lensId: LensId,
  from: number,
  to: number,
): T {
  return editPrompts(template, lensId, (prompts) => moved(prompts, from, to))
}

export function removePrompt<T extends Template>(template: T, lensId: LensId, index: number): T {
  return editPrompts(template, lensId, (prompts) =>
    Number.isInteger(index) && index >= 0 && index < prompts.length
      ? prompts.toSpliced(index, 1)
      : prompts,
  )
}

export type LevelPatch = Partial<Pick<MaturityLevelDescription, 'label' | 'description'>>

/** Rewords one level of a lens's scale; the level number itself never changes. */
export function updateLevel<T extends Template>(
  template: T,
  lensId: LensId,
  level: MaturityLevel,
  patch: LevelPatch,
): T {
  return editLens(template, lensId, (lens) => {
    const index = lens.scale.findIndex((entry) => entry.level === level)
    const entry = lens.scale[index]
    if (entry === undefined) return lens
    const label = patch.label ?? entry.label
    const description = patch.description ?? entry.description
    if (label === entry.label && description === entry.description) return lens
    return { ...lens, scale: lens.scale.with(index, { level, label, description }) }
  })
}
