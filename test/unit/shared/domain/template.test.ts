import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findLens, freezeTemplate, type Template } from '@shared/domain'
import { makeLens, makeTemplate, templateArb } from './fixtures'

/** Changes every nested part of a template in place. */
function scribbleOver(template: Template): void {
  template.name = `${template.name} (edited)`
  template.revision += 1
  for (const lens of template.lenses) {
    lens.title = `${lens.title}!`
    lens.coreQuestion = `${lens.coreQuestion}?`
    if (lens.prompts.length > 0) lens.prompts[0] = 'rewritten prompt'
    lens.prompts.push('new prompt')
    for (const level of lens.scale) {
      level.label = `${level.label}+`
      level.description = `${level.description}+`
    }
    lens.scale.reverse()
    lens.scale.pop()
  }
  template.lenses.push(makeLens('added-later'))
  template.lenses.reverse()
}

describe('freezeTemplate', () => {
  it('is equal by value to its source', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        expect(freezeTemplate(template)).toEqual(template)
      }),
    )
  })

  it('shares no array or object with its source', () => {
    const source = makeTemplate()
    const frozen = freezeTemplate(source)
    expect(frozen).not.toBe(source)
    expect(frozen.lenses).not.toBe(source.lenses)
    frozen.lenses.forEach((lens, i) => {
      const original = source.lenses[i]!
      expect(lens).not.toBe(original)
      expect(lens.prompts).not.toBe(original.prompts)
      expect(lens.scale).not.toBe(original.scale)
      lens.scale.forEach((level, j) => expect(level).not.toBe(original.scale[j]))
    })
  })

  it('is not changed by later edits of its source', () => {
    fc.assert(
      fc.property(templateArb, (generated) => {
        // fast-check replays generated values while shrinking: never edit them in place.
        const template = structuredClone(generated)
        const frozen = freezeTemplate(template)
        scribbleOver(template)
        expect(frozen).toEqual(generated)
      }),
    )
  })

  it('does not change its source when the copy is edited', () => {
    fc.assert(
      fc.property(templateArb, (generated) => {
        const template = structuredClone(generated)
        scribbleOver(freezeTemplate(template))
        expect(template).toEqual(generated)
      }),
    )
  })

  it('keeps the revision it froze', () => {
    const source = makeTemplate()
    const frozen = freezeTemplate(source)
    source.revision = 99
    expect(frozen.revision).toBe(3)
  })
})

describe('findLens', () => {
  const template = makeTemplate(['strategy', 'discovery', 'delivery'])

  it('finds a lens by id', () => {
    expect(findLens(template, 'discovery')).toBe(template.lenses[1])
  })

  it('returns undefined for an unknown id', () => {
    expect(findLens(template, 'nope')).toBeUndefined()
    expect(findLens(template, '')).toBeUndefined()
    expect(findLens(template, 'Strategy')).toBeUndefined()
    expect(findLens(makeTemplate([]), 'strategy')).toBeUndefined()
  })

  it('finds every lens of any template, and nothing else', () => {
    const uniqueIds = templateArb.filter(
      (t) => new Set(t.lenses.map((lens) => lens.id)).size === t.lenses.length,
    )
    fc.assert(
      fc.property(uniqueIds, fc.string(), (t, other) => {
        for (const lens of t.lenses) expect(findLens(t, lens.id)).toBe(lens)
        const known = t.lenses.some((lens) => lens.id === other)
        expect(findLens(t, other) === undefined).toBe(!known)
      }),
    )
  })

  it('reads the lens from the frozen copy, not from the source', () => {
    const source = makeTemplate(['strategy'])
    const frozen = freezeTemplate(source)
    source.lenses[0]!.title = 'Changed later'
    expect(findLens(frozen, 'strategy')?.title).toBe('Lens strategy')
  })
})
