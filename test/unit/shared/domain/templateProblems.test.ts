/**
 * The template editor's validation: each rule of the issue gives its typed problem, placed on
 * the right lens and field, and a sentence; a template without problems always passes the file
 * schema, so whatever the editor lets through can be used and exported.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATE } from '@shared/content'
import {
  addLens,
  addPrompt,
  describeTemplateProblem,
  isTemplateReady,
  removePrompt,
  templateProblems,
  updateLens,
  updateLevel,
  updatePrompt,
  type Template,
} from '@shared/domain'
import { templateSchema } from '@shared/schema/template'
import { applyStep, editorTemplateArb, editStepArb, validTemplateArb } from './templateArbitraries'

const base = (): Template => JSON.parse(JSON.stringify(DEFAULT_TEMPLATE)) as Template

function sentences(template: Template): string[] {
  return templateProblems(template).map((p) => describeTemplateProblem(p, template))
}

describe('templateProblems', () => {
  it('finds nothing wrong with the built-in template', () => {
    expect(templateProblems(DEFAULT_TEMPLATE)).toEqual([])
    expect(isTemplateReady(DEFAULT_TEMPLATE)).toBe(true)
  })

  it('names an empty title on its lens', () => {
    const t = updateLens(base(), 'product-team', { title: '   ' })
    expect(templateProblems(t)).toEqual([
      {
        where: 'lens',
        field: 'title',
        code: 'required',
        lensId: 'product-team',
        lensIndex: 2,
        limit: 120,
      },
    ])
    expect(sentences(t)).toEqual(['Lens 3 needs a title.'])
  })

  it('finds two lenses with one name, whatever their case and spacing', () => {
    const t = updateLens(base(), 'leadership', { title: '  ALIGNMENT ' })
    expect(templateProblems(t)).toEqual([
      expect.objectContaining({
        code: 'duplicateTitle',
        lensId: 'leadership',
        sameAs: 'alignment',
      }),
    ])
    expect(sentences(t)[0]).toBe(
      'Lens 6 (“ALIGNMENT”) has the same name as lens 1; give each lens its own.',
    )
  })

  it('counts lenses: none, and more than twelve', () => {
    expect(sentences({ ...base(), lenses: [] })).toEqual(['Add at least one lens.'])
    let t = base()
    for (let i = 0; i < 7; i++) t = addLens(t, `Extra ${i}`)
    expect(templateProblems(t)).toContainEqual({
      where: 'template',
      field: 'lenses',
      code: 'tooMany',
      limit: 12,
    })
    expect(sentences(t)).toContain('The template has 13 lenses; keep it to 12.')
  })

  it('holds prompts to 3 to 6, each at most 300 characters', () => {
    let t = removePrompt(
      removePrompt(removePrompt(base(), 'alignment', 0), 'alignment', 0),
      'alignment',
      0,
    )
    expect(sentences(t)).toEqual(['Lens 1 (“Alignment”) has 2 prompts; give it at least 3.'])
    t = addPrompt(addPrompt(base(), 'alignment', 'Six?'), 'alignment', 'Seven?')
    expect(sentences(t)).toEqual(['Lens 1 (“Alignment”) has 7 prompts; keep it to 6.'])
    t = updatePrompt(base(), 'leadership', 1, 'x'.repeat(301))
    expect(templateProblems(t)).toEqual([
      {
        where: 'prompt',
        code: 'tooLong',
        lensId: 'leadership',
        lensIndex: 5,
        index: 1,
        limit: 300,
      },
    ])
    expect(sentences(t)).toEqual([
      'Prompt 2 of lens 6 (“Leadership”) is 301 characters long; keep it to 300.',
    ])
    expect(templateProblems(updatePrompt(base(), 'leadership', 1, 'x'.repeat(300)))).toEqual([])
  })

  it('asks for every level label and description of a new lens', () => {
    const t = addLens(base(), 'Funding')
    const problems = templateProblems(t)
    expect(problems.filter((p) => p.where === 'prompt')).toHaveLength(3)
    expect(problems.filter((p) => p.where === 'level' && p.field === 'description')).toHaveLength(5)
    expect(sentences(t)).toContain('Lens 7 (“Funding”) needs a core question.')
    expect(sentences(t)).toContain('The description of level 1 of lens 7 (“Funding”) is empty.')
    expect(sentences(updateLevel(t, 'funding', 2, { label: '' }))).toContain(
      'The label of level 2 of lens 7 (“Funding”) is empty.',
    )
  })

  it('names a broken scale and broken ids from an imported file', () => {
    const t = base()
    t.lenses[0]!.scale = t.lenses[0]!.scale.slice(0, 4)
    t.lenses[1]!.id = 'Alignment Two'
    t.lenses[2]!.id = 'alignment'
    expect(templateProblems(t).map((p) => p.code)).toEqual([
      'wrongLevels',
      'invalidId',
      'duplicateId',
    ])
  })

  it('says every problem as one sentence with a full stop', () => {
    fc.assert(
      fc.property(
        validTemplateArb,
        fc.array(editStepArb, { maxLength: 20 }),
        (generated, steps) => {
          const t = steps.reduce(applyStep, generated)
          for (const s of sentences(t)) expect(s).toMatch(/^[A-Z][^\n]*\.$/)
        },
      ),
    )
  })

  it('lets through only templates the file schema accepts', () => {
    let ready = 0
    fc.assert(
      fc.property(
        editorTemplateArb,
        fc.array(editStepArb, { maxLength: 8 }),
        (generated, steps) => {
          const t = steps.reduce(applyStep, generated)
          if (!isTemplateReady(t)) return
          ready++
          expect(templateSchema.safeParse(t).success).toBe(true)
        },
      ),
    )
    // Not a vacuous pass: a good share of the random templates are ready.
    expect(ready).toBeGreaterThan(10)
  })
})
