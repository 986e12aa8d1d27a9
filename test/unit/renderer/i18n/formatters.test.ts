// Shared Intl formatters: one per locale and options, so a cached one never formats a number or
// a list in another language or with another option than the caller asked for.
import { describe, expect, it } from 'vitest'
import { listFormat, numberFormat } from '../../../../renderer/src/i18n/formatters'

describe('shared formatters', () => {
  it('format in the locale asked for, whichever was asked for first', () => {
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(3.25)).toBe('3.3')
    expect(numberFormat('de', { maximumFractionDigits: 1 }).format(3.25)).toBe('3,3')
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(3.25)).toBe('3.3')
  })

  it('keep the options asked for apart', () => {
    expect(numberFormat('en', { maximumFractionDigits: 0 }).format(3.25)).toBe('3')
    expect(listFormat('en', { style: 'long', type: 'conjunction' }).format(['a', 'b'])).toBe(
      'a and b',
    )
    expect(listFormat('en', { style: 'short', type: 'unit' }).format(['a', 'b'])).toBe('a, b')
  })

  it('hand back the same formatter for the same request', () => {
    expect(numberFormat('fr', { maximumFractionDigits: 1 })).toBe(
      numberFormat('fr', { maximumFractionDigits: 1 }),
    )
  })
})
