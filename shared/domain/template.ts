/**
 * A template is the set of lenses a workshop is run with. Each workshop keeps a frozen copy,
 * so editing a template later never rewrites a workshop that has already happened.
 */
import type { LensDefinition, LensId } from './lens'

export interface Template {
  id: string
  name: string
  /** Bumped whenever the wording changes, so a frozen copy says which wording it froze. */
  revision: number
  lenses: LensDefinition[]
}

/** A lens copied field by field: nothing else rides along into a workshop or a file. */
export function copyLens(lens: LensDefinition): LensDefinition {
  return {
    id: lens.id,
    title: lens.title,
    coreQuestion: lens.coreQuestion,
    prompts: [...lens.prompts],
    scale: lens.scale.map((level) => ({
      level: level.level,
      label: level.label,
      description: level.description,
    })),
    // Only ever kept as true, so a copy of a lens that is not optional has no key at all.
    ...(lens.optional === true ? { optional: true } : {}),
  }
}

/**
 * A deep, independent copy: later edits of the source never reach the copy. Only the template's
 * own fields are copied, so a library template's bookkeeping (times, deletion) never ends up in
 * a workshop, where the session file would refuse it as an unknown key.
 */
export function freezeTemplate(template: Template): Template {
  return {
    id: template.id,
    name: template.name,
    revision: template.revision,
    lenses: template.lenses.map(copyLens),
  }
}

export function findLens(template: Template, lensId: LensId): LensDefinition | undefined {
  return template.lenses.find((lens) => lens.id === lensId)
}
