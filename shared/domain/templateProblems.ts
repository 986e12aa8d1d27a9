/**
 * What is still wrong with a template in the editor, field by field, as typed problems the UI
 * places next to the field (by lens id, prompt index, level) and a sentence for each. A template
 * with no problems can be used for a workshop and exported, and always passes the file schema.
 * The sentences' words are in templateProblemWords.ts.
 */
import { LENS_ID_PATTERN, EDITOR_RULES } from './templateRules'
import { MATURITY_LEVELS, type LensDefinition, type LensId, type MaturityLevel } from './lens'
import type { Template } from './template'
import { fill } from '../i18n/phrases'
import { templateProblemsEnglish, type TemplateProblemWords } from './templateProblemWords'

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

/** "Lens 2 (“Alignment”)", or "of lens 2 (…)" inside a sentence: the lens as the editor shows it. */
function lensNames(words: TemplateProblemWords, template: Template, lensIndex: number) {
  const title = template.lenses[lensIndex]?.title.trim() ?? ''
  const short = title.length > 40 ? `${title.slice(0, 40)}…` : title
  const values = { n: lensIndex + 1, title: short }
  const names = words.lensNames
  return short === ''
    ? { lens: fill(names.lens, values), ofLens: fill(names.ofLens, values) }
    : { lens: fill(names.lensTitled, values), ofLens: fill(names.ofLensTitled, values) }
}

/**
 * One sentence for the editor, naming the lens and what to do about it, in the language of
 * `words` (English unless the caller passes the app's).
 */
export function describeTemplateProblem(
  problem: TemplateProblem,
  template: Template,
  words: TemplateProblemWords = templateProblemsEnglish,
): string {
  if (problem.where === 'template') {
    if (problem.field === 'name')
      return problem.code === 'required'
        ? words.nameEmpty
        : fill(words.nameTooLong, { length: template.name.length, limit: problem.limit })
    return problem.code === 'tooFew'
      ? words.noLenses
      : fill(words.tooManyLenses, { count: template.lenses.length, limit: problem.limit })
  }
  const names = lensNames(words, template, problem.lensIndex)
  const found = template.lenses[problem.lensIndex]
  switch (problem.where) {
    case 'prompt': {
      const values = { ...names, index: problem.index + 1 }
      if (problem.code === 'required') return fill(words.promptEmpty, values)
      const length = found?.prompts[problem.index]?.length ?? 0
      return fill(words.promptTooLong, { ...values, length, limit: problem.limit })
    }
    case 'level': {
      const values = { ...names, level: problem.level }
      const empty = problem.field === 'label' ? words.labelEmpty : words.descriptionEmpty
      if (problem.code === 'required') return fill(empty, values)
      const tooLong = problem.field === 'label' ? words.labelTooLong : words.descriptionTooLong
      const length = found?.scale.find((e) => e.level === problem.level)?.[problem.field].length
      return fill(tooLong, { ...values, length: length ?? 0, limit: problem.limit })
    }
    case 'lens':
      switch (problem.field) {
        case 'id':
          return fill(problem.code === 'invalidId' ? words.invalidId : words.duplicateId, names)
        case 'title':
          if (problem.code === 'duplicateTitle') {
            const other = template.lenses.findIndex((l) => l.id === problem.sameAs)
            return fill(words.duplicateTitle, { ...names, other: other + 1 })
          }
          return problem.code === 'required'
            ? fill(words.titleEmpty, names)
            : fill(words.titleTooLong, {
                ...names,
                length: found?.title.length ?? 0,
                limit: problem.limit,
              })
        case 'coreQuestion':
          return problem.code === 'required'
            ? fill(words.coreQuestionEmpty, names)
            : fill(words.coreQuestionTooLong, {
                ...names,
                length: found?.coreQuestion.length ?? 0,
                limit: problem.limit,
              })
        case 'prompts':
          return fill(problem.code === 'tooFew' ? words.tooFewPrompts : words.tooManyPrompts, {
            ...names,
            count: found?.prompts.length ?? 0,
            limit: problem.limit,
          })
        case 'scale':
          return fill(words.wrongLevels, names)
      }
  }
}
