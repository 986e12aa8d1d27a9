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

/** A deep, independent copy: later edits of the source never reach the copy. */
export function freezeTemplate(template: Template): Template {
  return {
    ...template,
    lenses: template.lenses.map((lens) => ({
      ...lens,
      prompts: [...lens.prompts],
      scale: lens.scale.map((level) => ({ ...level })),
    })),
  }
}

export function findLens(template: Template, lensId: LensId): LensDefinition | undefined {
  return template.lenses.find((lens) => lens.id === lensId)
}
