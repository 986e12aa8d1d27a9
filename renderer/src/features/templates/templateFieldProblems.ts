/**
 * The editor's problems sorted to the field they belong to, each as its sentence, so a field
 * shows only what is wrong with it and the facilitator never has to hunt for the cause.
 */
import {
  describeTemplateProblem,
  templateProblems,
  type MaturityLevel,
  type Template,
  type TemplateProblem,
} from '@shared/domain'
import { templateProblemWords } from '../../i18n/sharedWords'

export interface FieldProblems {
  /** Sentences for one field, joined; undefined when the field is fine. */
  at: (match: (problem: TemplateProblem) => boolean) => string | undefined
}

export function fieldProblems(template: Template): FieldProblems {
  const problems = templateProblems(template)
  const words = templateProblemWords()
  return {
    at(match) {
      const found = problems.filter(match).map((p) => describeTemplateProblem(p, template, words))
      return found.length > 0 ? found.join(' ') : undefined
    },
  }
}

export const nameProblem = (p: TemplateProblem) => p.where === 'template' && p.field === 'name'
export const lensCountProblem = (p: TemplateProblem) =>
  p.where === 'template' && p.field === 'lenses'

type LensField = 'id' | 'title' | 'coreQuestion' | 'prompts' | 'scale'

export const lensProblem = (lensIndex: number, field: LensField) => (p: TemplateProblem) =>
  p.where === 'lens' && p.lensIndex === lensIndex && p.field === field

export const promptProblem = (lensIndex: number, index: number) => (p: TemplateProblem) =>
  p.where === 'prompt' && p.lensIndex === lensIndex && p.index === index

export const levelProblem =
  (lensIndex: number, level: MaturityLevel, field: 'label' | 'description') =>
  (p: TemplateProblem) =>
    p.where === 'level' && p.lensIndex === lensIndex && p.level === level && p.field === field
