/**
 * The template file: any valid template survives the round trip unchanged, the text is the same
 * for the same template, the largest template the schema allows fits well within the size limit,
 * and reading never throws, whatever it is given.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATE } from '@shared/content'
import {
  MATURITY_LEVELS,
  TEMPLATE_LIMITS,
  type LibraryTemplate,
  type Template,
} from '@shared/domain'
import { parseSessionFile } from '@shared/schema/sessionFile'
import {
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  serializeTemplateFile,
  templateFileName,
} from '@shared/schema/templateFile'
import { utf8ByteLength } from '@shared/schema/jsonText'
import { validTemplateArb } from '../domain/templateArbitraries'

const dateArb = fc.date({
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2100-01-01T00:00:00.000Z'),
  noInvalidDate: true,
})

describe('the template file round trip', () => {
  it('gives back any valid template exactly, and the same text when written again', () => {
    fc.assert(
      fc.property(validTemplateArb, dateArb, (template, date) => {
        const text = serializeTemplateFile(template, date)
        const result = parseTemplateFile(text)
        if (!result.ok) throw new Error(result.error.detail)
        // toEqual: fast-check may build its records without a prototype, which toStrictEqual counts.
        expect(result.template).toEqual(template)
        expect(result.exportedAt).toBe(date.toISOString())
        expect(serializeTemplateFile(result.template, date)).toBe(text)
      }),
    )
  })

  it("writes only the template's own fields, never the library's bookkeeping", () => {
    const stored: LibraryTemplate = {
      ...DEFAULT_TEMPLATE,
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
    }
    const text = serializeTemplateFile(stored, new Date('2025-03-14T09:30:00.000Z'))
    expect(text).not.toContain('updatedAt')
    expect(parseTemplateFile(text)).toMatchObject({ ok: true, template: DEFAULT_TEMPLATE })
  })

  it('reads a lens marked "optional": false as a lens without the flag', () => {
    const text = serializeTemplateFile(DEFAULT_TEMPLATE, new Date(0)).replace(
      '"id": "alignment",',
      '"id": "alignment",\n        "optional": false,',
    )
    const result = parseTemplateFile(text)
    if (!result.ok) throw new Error(result.error.detail)
    expect(result.template.lenses[0]).not.toHaveProperty('optional')
  })
})

describe('the size limit', () => {
  it('is more than twice the largest template the schema allows, every character escaped', () => {
    // A control character is written as a six-byte \u escape: the worst case for every field.
    const worst = (length: number) => '\u0001'.repeat(length)
    const largest: Template = {
      id: worst(TEMPLATE_LIMITS.idMaxLength),
      name: `x${worst(TEMPLATE_LIMITS.nameMaxLength - 1)}`,
      revision: Number.MAX_SAFE_INTEGER,
      lenses: Array.from({ length: TEMPLATE_LIMITS.maxLenses }, (_, i) => ({
        id: `lens-${i}-${'a'.repeat(50)}`,
        title: `x${worst(TEMPLATE_LIMITS.titleMaxLength - 1)}`,
        coreQuestion: `x${worst(TEMPLATE_LIMITS.coreQuestionMaxLength - 1)}`,
        prompts: Array.from(
          { length: TEMPLATE_LIMITS.maxPrompts },
          () => `x${worst(TEMPLATE_LIMITS.promptMaxLength - 1)}`,
        ),
        scale: MATURITY_LEVELS.map((level) => ({
          level,
          label: `x${worst(TEMPLATE_LIMITS.labelMaxLength - 1)}`,
          description: `x${worst(TEMPLATE_LIMITS.descriptionMaxLength - 1)}`,
        })),
        optional: true,
      })),
    }
    const text = serializeTemplateFile(largest, new Date())
    expect(utf8ByteLength(text) * 2).toBeLessThan(MAX_TEMPLATE_FILE_BYTES)
    expect(parseTemplateFile(text)).toMatchObject({ ok: true, template: largest })
  })
})

describe('reading never throws', () => {
  it('whatever text it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseTemplateFile(text)
        if (!result.ok) expect(result.error.detail).toMatch(/^[A-Z][^\n]*\.$/)
      }),
    )
  })

  it('whatever a valid file is cut or spliced to', () => {
    const text = serializeTemplateFile(DEFAULT_TEMPLATE, new Date(0))
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: text.length }),
        fc.string({ maxLength: 20 }),
        (from, to, insert) => {
          const [a, b] = from < to ? [from, to] : [to, from]
          const result = parseTemplateFile(text.slice(0, a) + insert + text.slice(b))
          if (!result.ok) expect(result.error.detail).toMatch(/^[A-Z][^\n]*\.$/)
        },
      ),
    )
  })
})

describe('the two kinds of file tell each other apart', () => {
  it('a template file opened as a session says where to import it', () => {
    const result = parseSessionFile(serializeTemplateFile(DEFAULT_TEMPLATE, new Date(0)))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'notVantage', detail: expect.stringContaining('template library') },
    })
  })
})

describe('templateFileName', () => {
  it('makes a plain file name from the template name', () => {
    expect(templateFileName({ ...DEFAULT_TEMPLATE, name: 'Équipe: “leads” 2025' })).toBe(
      'Equipe-leads-2025.vantage-template',
    )
    expect(templateFileName({ ...DEFAULT_TEMPLATE, name: '<>' })).toBe('template.vantage-template')
  })
})
