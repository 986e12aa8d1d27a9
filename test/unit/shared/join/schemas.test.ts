/** What a phone may write: the session file's rating rules, and nothing besides. */
import { describe, expect, it } from 'vitest'
import { phoneInputSchema } from '@shared/join/schemas'

const rating = { lensId: 'alignment', state: 'current', value: 3, note: '', seq: 1 }

describe('phoneInputSchema', () => {
  it('takes a claim, an asked name and a rating', () => {
    expect(phoneInputSchema.safeParse({}).success).toBe(true)
    expect(phoneInputSchema.safeParse({ claim: 'p1', ask: 'Amara', rating }).success).toBe(true)
    expect(phoneInputSchema.safeParse({ rating: { ...rating, value: 'unsure' } }).success).toBe(
      true,
    )
  })

  it('refuses values, notes and keys the session file would refuse', () => {
    for (const bad of [
      { rating: { ...rating, value: 6 } },
      { rating: { ...rating, value: 2.5 } },
      { rating: { ...rating, state: 'future' } },
      { rating: { ...rating, note: 'x'.repeat(2001) } },
      { rating: { ...rating, extra: true } },
      { rating: { ...rating, seq: -1 } },
      { rating: { ...rating, seq: 1.5 } },
      { claim: '' },
      { ask: '   ' },
      { ask: 'x'.repeat(81) },
      { view: {} },
      { __proto__: { claim: 'p1' }, other: 1 },
    ]) {
      expect(phoneInputSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
  })
})
