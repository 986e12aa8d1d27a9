import { describe, it, expect } from 'vitest'
import type { LensDefinition, Template } from '@shared/domain'
import { DEFAULT_TEMPLATE } from '@shared/content'
import {
  lensDefinitionSchema,
  maturityLevelSchema,
  templateSchema,
  TEMPLATE_LIMITS,
} from '@shared/schema/template'

/** A fresh, valid template that each test may break in its own way. */
function validTemplate(): Template {
  return structuredClone(DEFAULT_TEMPLATE)
}

function firstLens(template: Template): LensDefinition {
  const lens = template.lenses[0]
  if (!lens) throw new Error('fixture has no lens')
  return lens
}

/** The messages of the issues a parse reports, with their paths, for precise assertions. */
function issuesOf(input: unknown): Array<{ path: string; message: string }> {
  const result = templateSchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }))
}

describe('templateSchema', () => {
  it('accepts a valid template and returns it unchanged', () => {
    const template = validTemplate()
    expect(templateSchema.parse(template)).toEqual(template)
  })

  it('accepts a minimal template with one lens and one prompt', () => {
    const template = validTemplate()
    template.lenses = [{ ...firstLens(template), prompts: ['What works?'] }]
    expect(templateSchema.safeParse(template).success).toBe(true)
  })

  it('treats markup as plain text: a <script> title is accepted as is', () => {
    const template = validTemplate()
    firstLens(template).title = '<script>alert("x")</script>'
    expect(templateSchema.parse(template).lenses[0]?.title).toBe('<script>alert("x")</script>')
  })

  it('drops unknown keys rather than passing them on', () => {
    const input = { ...validTemplate(), extra: 'ignored' }
    expect(templateSchema.parse(input)).not.toHaveProperty('extra')
  })

  it('rejects a scale with four levels', () => {
    const template = validTemplate()
    firstLens(template).scale.pop()
    expect(issuesOf(template)).toContainEqual({ path: 'lenses.0.scale', message: 'wrongLength' })
  })

  it('rejects a scale with six levels', () => {
    const template = validTemplate()
    const lens = firstLens(template)
    lens.scale.push({ level: 5, label: 'Beyond', description: 'One more than allowed.' })
    expect(issuesOf(template)).toContainEqual({ path: 'lenses.0.scale', message: 'wrongLength' })
  })

  it('rejects levels that are out of order', () => {
    const template = validTemplate()
    const lens = firstLens(template)
    lens.scale = [lens.scale[1]!, lens.scale[0]!, ...lens.scale.slice(2)]
    expect(issuesOf(template)).toEqual([
      { path: 'lenses.0.scale.0.level', message: 'levelOutOfOrder' },
      { path: 'lenses.0.scale.1.level', message: 'levelOutOfOrder' },
    ])
  })

  it('rejects a repeated level even when the count is five', () => {
    const template = validTemplate()
    const lens = firstLens(template)
    lens.scale[4] = { ...lens.scale[4]!, level: 4 }
    expect(issuesOf(template)).toContainEqual({
      path: 'lenses.0.scale.4.level',
      message: 'levelOutOfOrder',
    })
  })

  it.each([0, 6, 2.5, '3', null])('rejects the level value %j', (level) => {
    const template = validTemplate()
    const scale = firstLens(template).scale as unknown as Array<Record<string, unknown>>
    scale[2] = { ...scale[2], level }
    expect(templateSchema.safeParse(template).success).toBe(false)
  })

  it('rejects duplicate lens ids', () => {
    const template = validTemplate()
    template.lenses.push({ ...firstLens(template), title: 'Alignment again' })
    expect(issuesOf(template)).toEqual([{ path: 'lenses.6.id', message: 'duplicateLensId' }])
  })

  it.each(['', 'Alignment', 'lens one', 'lens_one', 'x'.repeat(65), 'café'])(
    'rejects the lens id %j',
    (id) => {
      const template = validTemplate()
      firstLens(template).id = id
      expect(issuesOf(template)).toEqual([{ path: 'lenses.0.id', message: 'invalidId' }])
    },
  )

  it.each(['a', 'lens-2', 'x'.repeat(64)])('accepts the lens id %j', (id) => {
    const template = validTemplate()
    firstLens(template).id = id
    expect(templateSchema.safeParse(template).success).toBe(true)
  })

  it.each(['', '   ', '\n'])('rejects the empty title %j', (title) => {
    const template = validTemplate()
    firstLens(template).title = title
    expect(issuesOf(template)).toEqual([{ path: 'lenses.0.title', message: 'required' }])
  })

  it('accepts a title at the limit and rejects one character more', () => {
    const template = validTemplate()
    firstLens(template).title = 't'.repeat(TEMPLATE_LIMITS.titleMaxLength)
    expect(templateSchema.safeParse(template).success).toBe(true)
    firstLens(template).title += 't'
    expect(issuesOf(template)).toEqual([{ path: 'lenses.0.title', message: 'tooLong' }])
  })

  it('rejects a huge pasted string in the core question, a prompt and a description', () => {
    const huge = 'Why? '.repeat(100_000)
    const template = validTemplate()
    const lens = firstLens(template)
    lens.coreQuestion = huge
    lens.prompts[0] = huge
    lens.scale[0]!.description = huge
    expect(issuesOf(template)).toEqual([
      { path: 'lenses.0.coreQuestion', message: 'tooLong' },
      { path: 'lenses.0.prompts.0', message: 'tooLong' },
      { path: 'lenses.0.scale.0.description', message: 'tooLong' },
    ])
  })

  it('rejects a lens without prompts, with an empty prompt, or with too many prompts', () => {
    const none = validTemplate()
    firstLens(none).prompts = []
    expect(issuesOf(none)).toEqual([{ path: 'lenses.0.prompts', message: 'tooFew' }])

    const blank = validTemplate()
    firstLens(blank).prompts[1] = ''
    expect(issuesOf(blank)).toEqual([{ path: 'lenses.0.prompts.1', message: 'required' }])

    const many = validTemplate()
    firstLens(many).prompts = Array.from({ length: 13 }, (_, i) => `Question ${i + 1}?`)
    expect(issuesOf(many)).toEqual([{ path: 'lenses.0.prompts', message: 'tooMany' }])
  })

  it('rejects a template with no lenses or more than twelve', () => {
    const none = validTemplate()
    none.lenses = []
    expect(issuesOf(none)).toEqual([{ path: 'lenses', message: 'tooFew' }])

    const many = validTemplate()
    many.lenses = Array.from({ length: 13 }, (_, i) => ({ ...firstLens(many), id: `lens-${i}` }))
    expect(issuesOf(many)).toEqual([{ path: 'lenses', message: 'tooMany' }])
  })

  it.each<[string, (t: Record<string, unknown>) => void]>([
    ['revision as a string', (t) => (t.revision = '1')],
    ['revision zero', (t) => (t.revision = 0)],
    ['revision not whole', (t) => (t.revision = 1.5)],
    ['lenses as an object', (t) => (t.lenses = { alignment: {} })],
    ['a missing name', (t) => delete t.name],
    ['an empty template id', (t) => (t.id = '')],
    ['a prompt as a number', (t) => ((t.lenses as LensDefinition[])[0]!.prompts[0] = 42 as never)],
    ['a scale as null', (t) => ((t.lenses as LensDefinition[])[0]!.scale = null as never)],
  ])('rejects %s', (_, breakIt) => {
    const template = validTemplate() as unknown as Record<string, unknown>
    breakIt(template)
    expect(templateSchema.safeParse(template).success).toBe(false)
  })

  it.each([null, undefined, 'template', 42, []])('rejects the non-template %j', (input) => {
    expect(templateSchema.safeParse(input).success).toBe(false)
  })
})

describe('lensDefinitionSchema and maturityLevelSchema', () => {
  it('accept the parts of a valid template on their own', () => {
    const lens = firstLens(validTemplate())
    expect(lensDefinitionSchema.parse(lens)).toEqual(lens)
    expect(maturityLevelSchema.parse(lens.scale[0])).toEqual(lens.scale[0])
  })

  it('reject a level with an empty label or a missing description', () => {
    expect(maturityLevelSchema.safeParse({ level: 1, label: '', description: 'x' }).success).toBe(
      false,
    )
    expect(maturityLevelSchema.safeParse({ level: 1, label: 'Ad hoc' }).success).toBe(false)
  })
})
