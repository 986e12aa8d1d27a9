/**
 * A workshop's own copy under random edits, as Prepare takes them: only edits that add no
 * problem are taken, so a copy that started sound stays sound (and readable by the session
 * file) whatever the facilitator tries; and a lens written in one go is complete.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addedTemplateProblems,
  keepsEveryLens,
  lensFromDraft,
  templateProblems,
  type Template,
} from '@shared/domain'
import { templateSchema } from '@shared/schema/template'
import { applyStep, editorTemplateArb, editStepArb } from './templateArbitraries'

const sessionArb = fc.array(editStepArb, { maxLength: 25 })

describe('a workshop’s own copy', () => {
  it('stays without problems and readable, however many edits are tried on it', () => {
    fc.assert(
      fc.property(editorTemplateArb, sessionArb, (start, steps) => {
        fc.pre(templateProblems(start).length === 0)
        let copy: Template = start
        for (const step of steps) {
          const next = applyStep(copy, step)
          // Prepare takes an edit only when it adds no problem and keeps every lens.
          if (keepsEveryLens(copy, next) && addedTemplateProblems(copy, next).length === 0)
            copy = next
        }
        expect(templateProblems(copy)).toEqual([])
        expect(templateSchema.safeParse(copy).success).toBe(true)
        for (const lens of start.lenses)
          expect(copy.lenses.some((kept) => kept.id === lens.id)).toBe(true)
      }),
    )
  })

  it('names only the problems an edit brings, not the ones the copy already had', () => {
    fc.assert(
      fc.property(editorTemplateArb, editStepArb, (before, step) => {
        const after = applyStep(before, step)
        const added = addedTemplateProblems(before, after)
        expect(added.length).toBeLessThanOrEqual(templateProblems(after).length)
        expect(addedTemplateProblems(before, before)).toEqual([])
      }),
    )
  })

  it('adds a lens written in one go with a complete scale and an id of its own', () => {
    fc.assert(
      fc.property(
        editorTemplateArb,
        fc.string({ minLength: 1, maxLength: 60 }),
        (template, title) => {
          fc.pre(/\S/.test(title))
          const lens = lensFromDraft(template, {
            title,
            coreQuestion: 'What do we see?',
            prompts: ['One?', ' ', 'Two?', 'Three?'],
          })
          expect(template.lenses.some((other) => other.id === lens.id)).toBe(false)
          expect(lens.prompts).toEqual(['One?', 'Two?', 'Three?'])
          expect(lens.scale.every((level) => level.description.trim() !== '')).toBe(true)
          expect(templateSchema.shape.lenses.element.safeParse(lens).success).toBe(true)
        },
      ),
    )
  })
})
