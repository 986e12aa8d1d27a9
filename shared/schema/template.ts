/**
 * Validation of a template (lenses, prompts, maturity scales) wherever one enters the app from
 * outside: a session file, an imported template, an edited copy. It checks shape and limits,
 * not wording: any text, markup included, is just text. Errors are codes, not sentences.
 */
import { z } from 'zod'
import { LENS_ID_PATTERN, MATURITY_LEVELS, TEMPLATE_LIMITS, type Template } from '../domain'

// The limits live in the domain, where the template editor checks them too.
export { LENS_ID_PATTERN, TEMPLATE_LIMITS } from '../domain'

/** A string with at least one visible character, at most `max` characters long. */
const text = (max: number) => z.string().max(max, 'tooLong').regex(/\S/, 'required')

export const maturityLevelSchema = z.object({
  level: z.literal(MATURITY_LEVELS),
  label: text(TEMPLATE_LIMITS.labelMaxLength),
  description: text(TEMPLATE_LIMITS.descriptionMaxLength),
})

export const lensDefinitionSchema = z.object({
  id: z.string().regex(LENS_ID_PATTERN, 'invalidId'),
  title: text(TEMPLATE_LIMITS.titleMaxLength),
  coreQuestion: text(TEMPLATE_LIMITS.coreQuestionMaxLength),
  prompts: z
    .array(text(TEMPLATE_LIMITS.promptMaxLength))
    .min(TEMPLATE_LIMITS.minPrompts, 'tooFew')
    .max(TEMPLATE_LIMITS.maxPrompts, 'tooMany'),
  scale: z
    .array(maturityLevelSchema)
    .length(MATURITY_LEVELS.length, 'wrongLength')
    .superRefine((scale, ctx) => {
      scale.forEach((entry, index) => {
        if (entry.level !== MATURITY_LEVELS[index]) {
          ctx.addIssue({ code: 'custom', message: 'levelOutOfOrder', path: [index, 'level'] })
        }
      })
    }),
  // Files written before the flag have none; the app writes it only as true (see lens.ts), and
  // false is harmless to read. Optional, so every older session and template file stays valid.
  optional: z.boolean().optional(),
})

export const templateSchema = z.object({
  id: z.string().max(TEMPLATE_LIMITS.idMaxLength, 'tooLong').regex(/\S/, 'required'),
  name: text(TEMPLATE_LIMITS.nameMaxLength),
  revision: z.number().int().min(1),
  lenses: z
    .array(lensDefinitionSchema)
    .min(TEMPLATE_LIMITS.minLenses, 'tooFew')
    .max(TEMPLATE_LIMITS.maxLenses, 'tooMany')
    .superRefine((lenses, ctx) => {
      const seen = new Set<string>()
      lenses.forEach((lens, index) => {
        if (seen.has(lens.id)) {
          ctx.addIssue({ code: 'custom', message: 'duplicateLensId', path: [index, 'id'] })
        }
        seen.add(lens.id)
      })
    }),
})

// The compiler proves the schema and the domain type describe the same shape, both ways.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _schemaIsTemplate: z.ZodType<Template> = templateSchema
const _templateIsSchema: SameShape<z.output<typeof templateSchema>, Template> = true
