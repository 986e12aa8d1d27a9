// Filling a phrase table's sentence: one pass, so a hostile file's text is never filled in
// again, and entries looked up by data never come from an object's prototype.
import { describe, expect, it } from 'vitest'
import { capitalise, entryOf, fill } from '@shared/i18n'

describe('fill', () => {
  it('puts each value in its place, numbers as they are', () => {
    expect(fill('{{place}} has {{count}} dots.', { place: 'Vote 2', count: 12 })).toBe(
      'Vote 2 has 12 dots.',
    )
  })

  it('never fills a value that itself looks like a placeholder', () => {
    expect(fill('{{a}} and {{b}}', { a: '{{b}}', b: 'x' })).toBe('{{b}} and x')
  })

  it('leaves a placeholder with no value, and ignores a value named after the prototype', () => {
    expect(fill('{{constructor}} {{missing}}', {})).toBe('{{constructor}} {{missing}}')
  })
})

describe('entryOf', () => {
  it('finds own entries only', () => {
    const table = { note: 'Notiz' }
    expect(entryOf(table, 'note')).toBe('Notiz')
    expect(entryOf(table, 'constructor')).toBeUndefined()
    expect(entryOf(table, '__proto__')).toBeUndefined()
  })
})

describe('capitalise', () => {
  it('capitalises the first letter, accented or elided', () => {
    expect(capitalise('l’évaluation 2')).toBe('L’évaluation 2')
    expect(capitalise('éléments')).toBe('Éléments')
  })
})
