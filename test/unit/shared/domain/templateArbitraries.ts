/**
 * Random templates and random editor sessions for the template property tests: templates the
 * file schema accepts, and sequences of edits described as data so fast-check can shrink them.
 */
import fc from 'fast-check'
import {
  addLens,
  addPrompt,
  duplicateTemplate,
  MATURITY_LEVELS,
  moveLens,
  movePrompt,
  removeLens,
  removePrompt,
  renameTemplate,
  updateLens,
  updateLevel,
  updatePrompt,
  type LensDefinition,
  type MaturityLevel,
  type Template,
} from '@shared/domain'

/** Visible text within `max` characters, markup and non-Latin letters included. */
export const textArb = (max: number) =>
  fc
    .oneof(fc.string({ maxLength: max }), fc.constantFrom('<b>bold</b>', 'Ünïcödé ✓', '„quoted“'))
    .filter((s) => /\S/.test(s) && s.length <= max)

const lensIdArb = fc.stringMatching(/^[a-z0-9-]{1,64}$/)

export const validLensArb = (
  id: fc.Arbitrary<string> = lensIdArb,
  prompts = { minLength: 1, maxLength: 12 },
): fc.Arbitrary<LensDefinition> =>
  fc
    .record({
      id,
      title: textArb(120),
      coreQuestion: textArb(300),
      prompts: fc.array(textArb(300), prompts),
      scale: fc.tuple(
        ...MATURITY_LEVELS.map((level) =>
          fc.record({ level: fc.constant(level), label: textArb(40), description: textArb(300) }),
        ),
      ),
      // As the app writes it: true, or no key at all.
      optional: fc.option(fc.constant(true), { nil: undefined }),
    })
    .map(({ optional, ...lens }) => ({
      ...lens,
      scale: [...lens.scale],
      ...(optional === undefined ? {} : { optional }),
    }))

/** A template the template file (and session file) schema accepts. */
export const validTemplateArb: fc.Arbitrary<Template> = fc.record({
  id: textArb(64),
  name: textArb(120),
  revision: fc.integer({ min: 1, max: 1_000_000 }),
  lenses: fc.uniqueArray(validLensArb(), {
    minLength: 1,
    maxLength: 12,
    selector: (lens) => lens.id,
  }),
})

/** A template the editor has nothing against (mostly: titles may still repeat). */
export const editorTemplateArb: fc.Arbitrary<Template> = fc.record({
  id: textArb(64),
  name: textArb(120),
  revision: fc.integer({ min: 1, max: 1_000_000 }),
  lenses: fc.uniqueArray(validLensArb(lensIdArb, { minLength: 3, maxLength: 6 }), {
    minLength: 1,
    maxLength: 12,
    selector: (lens) => lens.id,
  }),
})

/** One editor action, with the lens chosen by position so it always names a lens that exists. */
export type EditStep =
  | { kind: 'rename'; name: string }
  | { kind: 'addLens'; title: string; index: number }
  | { kind: 'removeLens'; lens: number }
  | { kind: 'moveLens'; lens: number; to: number }
  | { kind: 'updateLens'; lens: number; title?: string; coreQuestion?: string; optional?: boolean }
  | { kind: 'addPrompt'; lens: number; text: string; index: number }
  | { kind: 'updatePrompt'; lens: number; index: number; text: string }
  | { kind: 'movePrompt'; lens: number; from: number; to: number }
  | { kind: 'removePrompt'; lens: number; index: number }
  | {
      kind: 'updateLevel'
      lens: number
      level: MaturityLevel
      label?: string
      description?: string
    }
  | { kind: 'duplicate'; id: string }

const pos = fc.nat({ max: 14 })
const words = fc.string({ maxLength: 30 })
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

export const editStepArb: fc.Arbitrary<EditStep> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), name: words }),
  fc.record({ kind: fc.constant('addLens' as const), title: words, index: pos }),
  fc.record({ kind: fc.constant('removeLens' as const), lens: pos }),
  fc.record({ kind: fc.constant('moveLens' as const), lens: pos, to: pos }),
  fc.record(
    {
      kind: fc.constant('updateLens' as const),
      lens: pos,
      title: maybe(words),
      coreQuestion: maybe(words),
      optional: maybe(fc.boolean()),
    },
    { requiredKeys: ['kind', 'lens'] },
  ),
  fc.record({ kind: fc.constant('addPrompt' as const), lens: pos, text: words, index: pos }),
  fc.record({ kind: fc.constant('updatePrompt' as const), lens: pos, index: pos, text: words }),
  fc.record({ kind: fc.constant('movePrompt' as const), lens: pos, from: pos, to: pos }),
  fc.record({ kind: fc.constant('removePrompt' as const), lens: pos, index: pos }),
  fc.record(
    {
      kind: fc.constant('updateLevel' as const),
      lens: pos,
      level: fc.constantFrom(...MATURITY_LEVELS),
      label: maybe(words),
      description: maybe(words),
    },
    { requiredKeys: ['kind', 'lens', 'level'] },
  ),
  fc.record({ kind: fc.constant('duplicate' as const), id: fc.uuid() }),
)

/** The id of the lens a step is about (by position, wrapping), or a missing one when empty. */
export function lensIdFor(template: Template, position: number): string {
  const { lenses } = template
  return lenses.length === 0 ? 'no-such-lens' : lenses[position % lenses.length]!.id
}

export function applyStep<T extends Template>(template: T, step: EditStep): T {
  switch (step.kind) {
    case 'rename':
      return renameTemplate(template, step.name)
    case 'addLens':
      return addLens(template, step.title, step.index)
    case 'removeLens':
      return removeLens(template, lensIdFor(template, step.lens))
    case 'moveLens':
      return moveLens(template, lensIdFor(template, step.lens), step.to)
    case 'updateLens': {
      const { kind: _kind, lens, ...patch } = step
      return updateLens(template, lensIdFor(template, lens), patch)
    }
    case 'addPrompt':
      return addPrompt(template, lensIdFor(template, step.lens), step.text, step.index)
    case 'updatePrompt':
      return updatePrompt(template, lensIdFor(template, step.lens), step.index, step.text)
    case 'movePrompt':
      return movePrompt(template, lensIdFor(template, step.lens), step.from, step.to)
    case 'removePrompt':
      return removePrompt(template, lensIdFor(template, step.lens), step.index)
    case 'updateLevel': {
      const { kind: _kind, lens, level, ...patch } = step
      return updateLevel(template, lensIdFor(template, lens), level, patch)
    }
    case 'duplicate':
      return duplicateTemplate(template, step.id, `${template.name} copy`)
  }
}

/** Freezes every object and array inside, so an edit that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
