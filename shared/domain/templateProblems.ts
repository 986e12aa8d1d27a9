/**
 * What is still wrong with a template in the editor, field by field, as typed problems the UI
 * places next to the field (by lens id, prompt index, level) and a sentence for each. A template
 * with no problems can be used for a workshop and exported, and always passes the file schema.
 */
import { LENS_ID_PATTERN, EDITOR_RULES } from './templateRules'
import { MATURITY_LEVELS, type LensDefinition, type LensId, type MaturityLevel } from './lens'
import type { Template } from './template'

export type TextProblemCode = 'required' | 'tooLong'

interface LensPlace {
  lensId: LensId
  /** Position in the template, counted from 0; tells apart two lenses with one (broken) id. */
  lensIndex: number
}

export type TemplateProblem =
  | { where: 'template'; field: 'name'; code: TextProblemCode; limit: number }
  | { where: 'template'; field: 'lenses'; code: 'tooFew' | 'tooMany'; limit: number }
  | (LensPlace & { where: 'lens'; field: 'id'; code: 'invalidId' | 'duplicateId' })
  | (LensPlace & { where: 'lens'; field: 'title'; code: TextProblemCode; limit: number })
  | (LensPlace & { where: 'lens'; field: 'title'; code: 'duplicateTitle'; sameAs: LensId })
  | (LensPlace & { where: 'lens'; field: 'coreQuestion'; code: TextProblemCode; limit: number })
  | (LensPlace & { where: 'lens'; field: 'prompts'; code: 'tooFew' | 'tooMany'; limit: number })
  | (LensPlace & { where: 'lens'; field: 'scale'; code: 'wrongLevels' })
  | (LensPlace & { where: 'prompt'; index: number; code: TextProblemCode; limit: number })
  | (LensPlace & {
      where: 'level'
      level: MaturityLevel
      field: 'label' | 'description'
      code: TextProblemCode
      limit: number
    })

export type TemplateProblemCode = TemplateProblem['code']

function textProblem(value: string, limit: number): TextProblemCode | null {
  if (!/\S/.test(value)) return 'required'
  return value.length > limit ? 'tooLong' : null
}

/** Titles compared as people read them: case, accents' composition and spacing ignored. */
export function lensTitleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')
}

function lensProblems(lens: LensDefinition, lensIndex: number): TemplateProblem[] {
  const at = { lensId: lens.id, lensIndex }
  const problems: TemplateProblem[] = []
  if (!LENS_ID_PATTERN.test(lens.id))
    problems.push({ ...at, where: 'lens', field: 'id', code: 'invalidId' })
  const title = textProblem(lens.title, EDITOR_RULES.titleMaxLength)
  if (title)
    problems.push({
      ...at,
      where: 'lens',
      field: 'title',
      code: title,
      limit: EDITOR_RULES.titleMaxLength,
    })
  const question = textProblem(lens.coreQuestion, EDITOR_RULES.coreQuestionMaxLength)
  if (question)
    problems.push({
      ...at,
      where: 'lens',
      field: 'coreQuestion',
      code: question,
      limit: EDITOR_RULES.coreQuestionMaxLength,
    })
  if (lens.prompts.length < EDITOR_RULES.minPrompts)
    problems.push({
      ...at,
      where: 'lens',
      field: 'prompts',
      code: 'tooFew',
      limit: EDITOR_RULES.minPrompts,
    })
  if (lens.prompts.length > EDITOR_RULES.maxPrompts)
    problems.push({
      ...at,
      where: 'lens',
      field: 'prompts',
      code: 'tooMany',
      limit: EDITOR_RULES.maxPrompts,
    })
  lens.prompts.forEach((prompt, index) => {
    const code = textProblem(prompt, EDITOR_RULES.promptMaxLength)
    if (code)
      problems.push({ ...at, where: 'prompt', index, code, limit: EDITOR_RULES.promptMaxLength })
  })
  const inOrder =
    lens.scale.length === MATURITY_LEVELS.length &&
    lens.scale.every((entry, index) => entry.level === MATURITY_LEVELS[index])
  if (!inOrder) problems.push({ ...at, where: 'lens', field: 'scale', code: 'wrongLevels' })
  else
    for (const entry of lens.scale) {
      for (const field of ['label', 'description'] as const) {
        const limit =
          field === 'label' ? EDITOR_RULES.labelMaxLength : EDITOR_RULES.descriptionMaxLength
        const code = textProblem(entry[field], limit)
        if (code) problems.push({ ...at, where: 'level', level: entry.level, field, code, limit })
      }
    }
  return problems
}

/** Every problem of the template, in reading order: the template's own, then lens by lens. */
export function templateProblems(template: Template): TemplateProblem[] {
  const problems: TemplateProblem[] = []
  const name = textProblem(template.name, EDITOR_RULES.nameMaxLength)
  if (name)
    problems.push({
      where: 'template',
      field: 'name',
      code: name,
      limit: EDITOR_RULES.nameMaxLength,
    })
  if (template.lenses.length < EDITOR_RULES.minLenses)
    problems.push({
      where: 'template',
      field: 'lenses',
      code: 'tooFew',
      limit: EDITOR_RULES.minLenses,
    })
  if (template.lenses.length > EDITOR_RULES.maxLenses)
    problems.push({
      where: 'template',
      field: 'lenses',
      code: 'tooMany',
      limit: EDITOR_RULES.maxLenses,
    })
  const ids = new Set<string>()
  const titles = new Map<string, LensId>()
  template.lenses.forEach((lens, lensIndex) => {
    problems.push(...lensProblems(lens, lensIndex))
    const at = { lensId: lens.id, lensIndex }
    if (ids.has(lens.id)) problems.push({ ...at, where: 'lens', field: 'id', code: 'duplicateId' })
    ids.add(lens.id)
    const key = lensTitleKey(lens.title)
    const sameAs = titles.get(key)
    if (key !== '' && sameAs !== undefined)
      problems.push({ ...at, where: 'lens', field: 'title', code: 'duplicateTitle', sameAs })
    else if (key !== '') titles.set(key, lens.id)
  })
  return problems
}

/** Ready to run a workshop with or to export: nothing left to fix. */
export function isTemplateReady(template: Template): boolean {
  return templateProblems(template).length === 0
}

/** "Lens 2 (“Alignment”)": the lens as the facilitator sees it in the editor. */
function lensName(template: Template, lensIndex: number): string {
  const title = template.lenses[lensIndex]?.title.trim() ?? ''
  const short = title.length > 40 ? `${title.slice(0, 40)}…` : title
  return short === '' ? `Lens ${lensIndex + 1}` : `Lens ${lensIndex + 1} (“${short}”)`
}

/** The same lens name inside a sentence: "prompt 2 of lens 3 (…)". */
function inside(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1)
}

function textSentence(subject: string, code: TextProblemCode, limit: number, length: number) {
  return code === 'required'
    ? `${subject} is empty.`
    : `${subject} is ${length} characters long; keep it to ${limit}.`
}

/** One sentence for the editor, naming the lens and what to do about it. */
export function describeTemplateProblem(problem: TemplateProblem, template: Template): string {
  if (problem.where === 'template') {
    if (problem.field === 'name')
      return textSentence('The template’s name', problem.code, problem.limit, template.name.length)
    return problem.code === 'tooFew'
      ? 'Add at least one lens.'
      : `The template has ${template.lenses.length} lenses; keep it to ${problem.limit}.`
  }
  const lens = lensName(template, problem.lensIndex)
  const found = template.lenses[problem.lensIndex]
  switch (problem.where) {
    case 'prompt':
      return textSentence(
        `Prompt ${problem.index + 1} of ${inside(lens)}`,
        problem.code,
        problem.limit,
        found?.prompts[problem.index]?.length ?? 0,
      )
    case 'level': {
      const entry = found?.scale.find((e) => e.level === problem.level)
      const what = problem.field === 'label' ? 'label' : 'description'
      return textSentence(
        `The ${what} of level ${problem.level} of ${inside(lens)}`,
        problem.code,
        problem.limit,
        entry?.[problem.field].length ?? 0,
      )
    }
    case 'lens':
      switch (problem.field) {
        case 'id':
          return problem.code === 'invalidId'
            ? `${lens} has an id with characters other than lowercase letters, digits and dashes.`
            : `${lens} has the same id as an earlier lens; remove one of them.`
        case 'title':
          if (problem.code === 'duplicateTitle') {
            const other = template.lenses.findIndex((l) => l.id === problem.sameAs)
            return `${lens} has the same name as lens ${other + 1}; give each lens its own.`
          }
          return problem.code === 'required'
            ? `${lens} needs a title.`
            : textSentence(
                `The title of ${inside(lens)}`,
                problem.code,
                problem.limit,
                found?.title.length ?? 0,
              )
        case 'coreQuestion':
          return problem.code === 'required'
            ? `${lens} needs a core question.`
            : textSentence(
                `The core question of ${inside(lens)}`,
                problem.code,
                problem.limit,
                found?.coreQuestion.length ?? 0,
              )
        case 'prompts':
          return problem.code === 'tooFew'
            ? `${lens} has ${found?.prompts.length ?? 0} prompts; give it at least ${problem.limit}.`
            : `${lens} has ${found?.prompts.length ?? 0} prompts; keep it to ${problem.limit}.`
        case 'scale':
          return `${lens} needs five levels, numbered 1 to 5 in order.`
      }
  }
}
