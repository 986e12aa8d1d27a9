/**
 * The template editor's pure edits: what each one does, and the properties the issue asks for
 * over random editing sessions: a lens keeps its id through every edit and copy, an edit never
 * touches another lens, and a workshop's frozen copy never changes when the source is edited.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TEMPLATE } from '@shared/content'
import {
  addLens,
  addPrompt,
  duplicateTemplate,
  freezeTemplate,
  LENS_ID_PATTERN,
  moveLens,
  movePrompt,
  newLensId,
  removeLens,
  removePrompt,
  renameTemplate,
  slugOf,
  updateLens,
  updateLevel,
  updatePrompt,
  type Template,
} from '@shared/domain'
import { templateSchema } from '@shared/schema/template'
import {
  applyStep,
  deepFreeze,
  editStepArb,
  lensIdFor,
  validTemplateArb,
  type EditStep,
} from './templateArbitraries'

const sessionArb = fc.array(editStepArb, { maxLength: 25 })

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function ids(template: Template): string[] {
  return template.lenses.map((lens) => lens.id)
}

/** Which lens a step edits in place (not adding, removing, moving or copying), if any. */
function editedLens(template: Template, step: EditStep): string | null {
  const inPlace = ['updateLens', 'addPrompt', 'updatePrompt', 'movePrompt', 'removePrompt']
  if (step.kind === 'updateLevel' || inPlace.includes(step.kind))
    return lensIdFor(template, (step as { lens: number }).lens)
  return null
}

describe('lens ids for new lenses', () => {
  it('come from the title, without accents or punctuation', () => {
    expect(slugOf('Cross-functional Integration!')).toBe('cross-functional-integration')
    expect(slugOf('  Équipe produit  ')).toBe('equipe-produit')
    expect(slugOf('リーダーシップ')).toBe('lens')
    expect(slugOf('')).toBe('lens')
    expect(slugOf('x'.repeat(200))).toHaveLength(48)
  })

  it('are numbered when the slug is taken', () => {
    const template = addLens(addLens(DEFAULT_TEMPLATE, 'Alignment'), 'alignment')
    expect(ids(template).slice(-2)).toEqual(['alignment-2', 'alignment-3'])
  })

  it('always match the lens id pattern and are unique in the template', () => {
    fc.assert(
      fc.property(validTemplateArb, fc.string({ maxLength: 200 }), (template, title) => {
        const id = newLensId(template, title)
        expect(id).toMatch(LENS_ID_PATTERN)
        expect(ids(template)).not.toContain(id)
      }),
    )
  })
})

describe('each edit', () => {
  const base = (): Template => deepFreeze(clone(DEFAULT_TEMPLATE))

  it('renames the template', () => {
    expect(renameTemplate(base(), 'Our lenses').name).toBe('Our lenses')
  })

  it('adds a blank lens to fill in, at the end or at a position', () => {
    const end = addLens(base(), 'Funding')
    expect(end.lenses.at(-1)).toMatchObject({ id: 'funding', title: 'Funding', coreQuestion: '' })
    expect(end.lenses.at(-1)!.prompts).toEqual(['', '', ''])
    expect(end.lenses.at(-1)!.scale.map((l) => l.level)).toEqual([1, 2, 3, 4, 5])
    expect(ids(addLens(base(), 'Funding', 0))[0]).toBe('funding')
  })

  it('removes and moves lenses by id', () => {
    expect(ids(removeLens(base(), 'leadership'))).not.toContain('leadership')
    expect(ids(moveLens(base(), 'leadership', 0))[0]).toBe('leadership')
    expect(ids(moveLens(base(), 'alignment', 99)).at(-1)).toBe('alignment')
  })

  it('changes the title, core question and optional flag, keeping the id', () => {
    const edited = updateLens(base(), 'leadership', {
      title: 'Leading the change',
      coreQuestion: 'Do we lead as the model needs?',
      optional: true,
    })
    expect(edited.lenses[5]).toMatchObject({
      id: 'leadership',
      title: 'Leading the change',
      optional: true,
    })
    // Not optional again: the key goes, so the lens reads as it did before the flag existed.
    expect(updateLens(edited, 'leadership', { optional: false }).lenses[5]).not.toHaveProperty(
      'optional',
    )
  })

  it('adds, rewords, moves and removes prompts', () => {
    let t = addPrompt(base(), 'alignment', 'What surprised us?', 0)
    expect(t.lenses[0]!.prompts[0]).toBe('What surprised us?')
    t = updatePrompt(t, 'alignment', 0, 'What surprised us most?')
    t = movePrompt(t, 'alignment', 0, 2)
    expect(t.lenses[0]!.prompts[2]).toBe('What surprised us most?')
    t = removePrompt(t, 'alignment', 2)
    expect(t.lenses[0]!.prompts).toEqual(DEFAULT_TEMPLATE.lenses[0]!.prompts)
  })

  it('rewords one level of a scale, never its number', () => {
    const t = updateLevel(base(), 'alignment', 3, { label: 'Shared', description: 'One line.' })
    expect(t.lenses[0]!.scale[2]).toEqual({ level: 3, label: 'Shared', description: 'One line.' })
  })

  it('returns the very same template when nothing changes or nothing matches', () => {
    const t = base()
    expect(renameTemplate(t, t.name)).toBe(t)
    expect(removeLens(t, 'missing')).toBe(t)
    expect(moveLens(t, 'alignment', 0)).toBe(t)
    expect(updateLens(t, 'missing', { title: 'x' })).toBe(t)
    expect(updateLens(t, 'alignment', { title: 'Alignment', optional: false })).toBe(t)
    expect(updatePrompt(t, 'alignment', 99, 'x')).toBe(t)
    expect(removePrompt(t, 'alignment', -1)).toBe(t)
    expect(movePrompt(t, 'alignment', 7, 0)).toBe(t)
    expect(updateLevel(t, 'alignment', 2, {})).toBe(t)
  })

  it('duplicates under a new id and name with the same lens ids', () => {
    const copy = duplicateTemplate(base(), 'tpl-copy', 'Six lenses (copy)')
    expect(copy).toMatchObject({ id: 'tpl-copy', name: 'Six lenses (copy)', revision: 1 })
    expect(ids(copy)).toEqual(ids(DEFAULT_TEMPLATE))
    expect(copy.lenses[0]).not.toBe(DEFAULT_TEMPLATE.lenses[0])
  })
})

describe('over random editing sessions', () => {
  it('never changes its input (every input is deeply frozen) and keeps lens ids unique and valid', () => {
    fc.assert(
      fc.property(validTemplateArb, sessionArb, (generated, steps) => {
        let template = deepFreeze(clone(generated))
        for (const step of steps) template = deepFreeze(applyStep(template, step))
        expect(new Set(ids(template)).size).toBe(template.lenses.length)
        for (const lens of template.lenses) {
          expect(lens.scale.map((l) => l.level)).toEqual([1, 2, 3, 4, 5])
          expect([undefined, true, false]).toContain(lens.optional)
        }
      }),
    )
  })

  it('never changes another lens, nor the id of the lens it edits', () => {
    fc.assert(
      fc.property(validTemplateArb, sessionArb, (generated, steps) => {
        let template = clone(generated)
        for (const step of steps) {
          const before = clone(template)
          template = applyStep(template, step)
          const target = editedLens(before, step)
          if (target === null) continue
          expect(ids(template)).toEqual(ids(before))
          template.lenses.forEach((lens, i) => {
            if (lens.id !== target) expect(lens).toEqual(before.lenses[i])
          })
        }
      }),
    )
  })

  it('keeps every surviving lens id: lenses are only ever added or removed as a whole', () => {
    fc.assert(
      fc.property(validTemplateArb, sessionArb, (generated, steps) => {
        let template = clone(generated)
        for (const step of steps) {
          const before = template
          template = applyStep(template, step)
          const added = ids(template).filter((id) => !ids(before).includes(id))
          const removed = ids(before).filter((id) => !ids(template).includes(id))
          expect(added.length).toBe(step.kind === 'addLens' ? 1 : 0)
          // Removing from an empty template removes nothing.
          const removable = step.kind === 'removeLens' && before.lenses.length > 0
          expect(removed.length).toBe(removable ? 1 : 0)
          if (step.kind === 'duplicate') expect(ids(template)).toEqual(ids(before))
        }
      }),
    )
  })

  it("never reaches a workshop's frozen copy, taken at any point", () => {
    fc.assert(
      fc.property(
        validTemplateArb,
        sessionArb,
        fc.nat({ max: 25 }),
        (generated, steps, freezeAt) => {
          let template = clone(generated)
          let frozen: Template | null = null
          let expected: Template | null = null
          for (const [i, step] of steps.entries()) {
            if (i === freezeAt) {
              frozen = freezeTemplate(template)
              expected = clone(frozen)
            }
            template = applyStep(template, step)
          }
          if (frozen !== null) expect(frozen).toEqual(expected)
        },
      ),
    )
  })

  it('keeps a valid template valid for the file schema as long as the counts stay in range', () => {
    fc.assert(
      fc.property(validTemplateArb, fc.array(editStepArb, { maxLength: 6 }), (generated, steps) => {
        let template = clone(generated)
        for (const step of steps)
          if (['updatePrompt', 'movePrompt', 'moveLens'].includes(step.kind))
            template = applyStep(template, step)
        // Rewording with visible text and moving never produce an invalid shape.
        const visible = template.lenses.every((l) => l.prompts.every((p) => /\S/.test(p)))
        if (visible) expect(templateSchema.safeParse(template).success).toBe(true)
      }),
    )
  })
})
