import { describe, it, expect } from 'vitest'
import {
  BUILT_IN_TEMPLATES,
  builtInTemplateOf,
  builtInTemplatesFirst,
  isBuiltInTemplateId,
} from '@shared/content'
import { MATURITY_LEVELS } from '@shared/domain'
import { templateSchema } from '@shared/schema/template'

const LENS_IDS = [
  'alignment',
  'organisational-design',
  'product-team',
  'value-creation',
  'cross-functional-integration',
  'leadership',
]

/** Every string in the template, with where it sits, so a failure names the field. */
function allText(value: unknown, path = 'template'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => allText(item, `${path}[${i}]`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => allText(item, `${path}.${key}`))
  }
  return []
}

/** One sentence: ends with a question mark and has no other sentence end inside it. */
function isOneQuestion(text: string): boolean {
  return text.endsWith('?') && !/[.!?]\s/.test(text) && text.indexOf('?') === text.length - 1
}

const IDENTITIES = {
  en: { id: 'vantage-default', name: 'Vantage six lenses' },
  de: { id: 'vantage-default-de', name: 'Vantage – sechs Perspektiven' },
  fr: { id: 'vantage-default-fr', name: 'Vantage\u202f: six prismes' },
} as const

describe.each(Object.entries(BUILT_IN_TEMPLATES))(
  'the built-in template in %s',
  (language, DEFAULT_TEMPLATE) => {
    it('passes the template schema unchanged', () => {
      const result = templateSchema.safeParse(DEFAULT_TEMPLATE)
      expect(result.error?.issues).toBeUndefined()
      expect(result.data).toEqual(DEFAULT_TEMPLATE)
    })

    it('has its identity and the six lenses in the order of the method', () => {
      expect(DEFAULT_TEMPLATE).toMatchObject(IDENTITIES[language as keyof typeof IDENTITIES])
      expect(DEFAULT_TEMPLATE.revision).toBe(1)
      expect(DEFAULT_TEMPLATE.lenses.map((lens) => lens.id)).toEqual(LENS_IDS)
    })

    describe.each(DEFAULT_TEMPLATE.lenses.map((lens) => [lens.id, lens] as const))(
      '%s',
      (_, lens) => {
        it('has a short title', () => {
          expect(lens.title.length).toBeGreaterThan(0)
          expect(lens.title.length).toBeLessThanOrEqual(40)
        })

        it('asks one core question in a single sentence', () => {
          expect(isOneQuestion(lens.coreQuestion), lens.coreQuestion).toBe(true)
        })

        it('has three to six prompts, each a single distinct question', () => {
          expect(lens.prompts.length).toBeGreaterThanOrEqual(3)
          expect(lens.prompts.length).toBeLessThanOrEqual(6)
          for (const prompt of lens.prompts) expect(isOneQuestion(prompt), prompt).toBe(true)
          expect(new Set(lens.prompts).size).toBe(lens.prompts.length)
        })

        it('has five levels 1..5 in order, with short labels', () => {
          expect(lens.scale.map((entry) => entry.level)).toEqual([...MATURITY_LEVELS])
          for (const { label } of lens.scale) {
            expect(label.split(' ').length, label).toBeLessThanOrEqual(3)
          }
          expect(new Set(lens.scale.map((entry) => entry.label)).size).toBe(5)
        })

        it('describes each level in one distinct line that can be read aloud', () => {
          for (const { description } of lens.scale) {
            expect(description, description).not.toMatch(/[\r\n]/)
            expect(description.length, description).toBeLessThanOrEqual(110)
          }
          expect(new Set(lens.scale.map((entry) => entry.description)).size).toBe(5)
        })
      },
    )

    it('has no stray whitespace in any text', () => {
      for (const [path, text] of allText(DEFAULT_TEMPLATE)) {
        expect(text, path).toBe(text.trim())
        expect(text, path).not.toMatch(/\s\s/)
        expect(text.length, path).toBeGreaterThan(0)
      }
    })
  },
)

describe('choosing a built-in', () => {
  it('gives the one in the app’s language, English for a language Vantage does not speak', () => {
    expect(builtInTemplateOf('de').id).toBe('vantage-default-de')
    expect(builtInTemplateOf('nl').id).toBe('vantage-default')
    expect(builtInTemplatesFirst('fr').map((t) => t.id)).toEqual([
      'vantage-default-fr',
      'vantage-default',
      'vantage-default-de',
    ])
  })

  it('knows every built-in by its id, and nothing else', () => {
    expect(
      ['vantage-default', 'vantage-default-de', 'vantage-default-fr', 'mine'].filter(
        isBuiltInTemplateId,
      ),
    ).toEqual(['vantage-default', 'vantage-default-de', 'vantage-default-fr'])
  })
})
