import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BET_LONG_FIELDS,
  BET_LONG_TEXT_MAX,
  BET_SHORT_FIELDS,
  BET_SHORT_TEXT_MAX,
  betFromCard,
  betFromGap,
  draftOfBet,
  emptyBetDraft,
  fitOneLine,
  gapOfBet,
  isCalendarDate,
  validateBetDraft,
  type BetDraft,
  type RankedGap,
} from '@shared/domain'
import { SESSION_LIMITS } from '@shared/schema/sessionSchema'

/** Text with the awkward parts: outer and inner whitespace, newlines, accents, astral emoji. */
const unit = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\u00a0', 'é', '😀', '.')
const textUpTo = (max: number) =>
  fc.string({ unit, maxLength: max }).filter((s) => s.trim().length <= max)
const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\r'), maxLength: 8 })
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/** Every field within the file's limits; the title has something in it. */
const validDraft: fc.Arbitrary<BetDraft> = fc.record({
  title: textUpTo(BET_SHORT_TEXT_MAX).filter((s) => s.trim() !== ''),
  hypothesis: textUpTo(BET_LONG_TEXT_MAX),
  risk: textUpTo(BET_LONG_TEXT_MAX),
  upside: textUpTo(BET_LONG_TEXT_MAX),
  owner: textUpTo(BET_SHORT_TEXT_MAX),
  horizon: textUpTo(BET_SHORT_TEXT_MAX),
  size: textUpTo(BET_SHORT_TEXT_MAX),
  lensId: fc.option(fc.constantFrom('strategy', 'discovery'), { nil: null }),
  teamKeys: fc.constant([]),
  reviewDate: fc.oneof(fc.constant(''), isoDate),
})

const gap = (over: Partial<RankedGap> = {}): RankedGap => ({
  lensId: 'delivery',
  title: 'Delivery',
  current: 2,
  target: 4,
  gap: 2,
  keyShift: '',
  rank: 1,
  ...over,
})

describe('bet limits', () => {
  it('are the session file’s, so a stored bet always fits its file', () => {
    expect(BET_SHORT_TEXT_MAX).toBe(SESSION_LIMITS.shortTextMaxLength)
    expect(BET_LONG_TEXT_MAX).toBe(SESSION_LIMITS.longTextMaxLength)
  })
})

describe('validateBetDraft', () => {
  it('never accepts a blank title, whatever else is filled in', () => {
    fc.assert(
      fc.property(validDraft, blank, (draft, title) => {
        const result = validateBetDraft({ ...draft, title })
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.errors.title).toBe('required')
      }),
    )
  })

  it('accepts every draft within the limits, trimmed, with an empty review date as none', () => {
    fc.assert(
      fc.property(validDraft, (draft) => {
        const result = validateBetDraft(draft, ['strategy', 'discovery'])
        expect(result).toEqual({
          ok: true,
          value: {
            ...Object.fromEntries(
              [...BET_SHORT_FIELDS, ...BET_LONG_FIELDS].map((f) => [f, draft[f].trim()]),
            ),
            lensId: draft.lensId,
            teamKeys: draft.teamKeys,
            reviewDate: draft.reviewDate === '' ? null : draft.reviewDate,
          },
        })
      }),
    )
  })

  it('keeps each team once and refuses a team that is on no map', () => {
    const draft = { ...emptyBetDraft(), title: 'Split the platform', teamKeys: ['t1', 't2', 't1'] }
    expect(validateBetDraft(draft, undefined, ['t1', 't2'])).toMatchObject({
      ok: true,
      value: { teamKeys: ['t1', 't2'] },
    })
    expect(validateBetDraft(draft, undefined, ['t1'])).toEqual({
      ok: false,
      errors: { teamKeys: 'unknownTeam' },
    })
  })

  it('refuses each field one character over its limit, counting after the trim', () => {
    const base = { ...emptyBetDraft(), title: 'Ship weekly' }
    for (const field of BET_SHORT_FIELDS) {
      const over = validateBetDraft({
        ...base,
        [field]: `  ${'x'.repeat(BET_SHORT_TEXT_MAX + 1)} `,
      })
      expect(over).toEqual({ ok: false, errors: { [field]: 'tooLong' } })
      const at = validateBetDraft({ ...base, [field]: ` ${'x'.repeat(BET_SHORT_TEXT_MAX)}  ` })
      expect(at.ok).toBe(true)
    }
    for (const field of BET_LONG_FIELDS) {
      const over = validateBetDraft({ ...base, [field]: 'x'.repeat(BET_LONG_TEXT_MAX + 1) })
      expect(over).toEqual({ ok: false, errors: { [field]: 'tooLong' } })
    }
  })

  it('takes only real calendar dates', () => {
    const base = { ...emptyBetDraft(), title: 'Ship weekly' }
    for (const reviewDate of ['2025-02-30', '2025-2-3', 'next week', '2025-13-01'])
      expect(validateBetDraft({ ...base, reviewDate })).toEqual({
        ok: false,
        errors: { reviewDate: 'invalidDate' },
      })
    expect(validateBetDraft({ ...base, reviewDate: '2024-02-29' }).ok).toBe(true)
    expect(isCalendarDate('2023-02-29')).toBe(false)
  })

  it('refuses a lens the workshop does not have, when told which it has', () => {
    const draft = { ...emptyBetDraft(), title: 'Ship weekly', lensId: 'gone' }
    expect(validateBetDraft(draft).ok).toBe(true)
    expect(validateBetDraft(draft, ['strategy'])).toEqual({
      ok: false,
      errors: { lensId: 'unknownLens' },
    })
  })

  it('reports every problem at once', () => {
    const result = validateBetDraft({
      ...emptyBetDraft(),
      owner: 'x'.repeat(201),
      reviewDate: 'soon',
    })
    expect(result).toEqual({
      ok: false,
      errors: { title: 'required', owner: 'tooLong', reviewDate: 'invalidDate' },
    })
  })
})

describe('drafts', () => {
  it('round-trips a stored bet through the form', () => {
    fc.assert(
      fc.property(validDraft, (draft) => {
        const result = validateBetDraft(draft)
        if (!result.ok) throw new Error('valid draft refused')
        expect(validateBetDraft(draftOfBet(result.value))).toEqual(result)
      }),
    )
  })

  it('betFromCard never exceeds the title limit and keeps a card worth betting on valid', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 600 }), (text) => {
        const draft = betFromCard({ text, lensId: 'strategy' }, 'We believe that ')
        expect(draft.title.length).toBeLessThanOrEqual(BET_SHORT_TEXT_MAX)
        expect(draft.title).not.toMatch(/[\uD800-\uDBFF]$/)
        expect(draft.title).not.toMatch(/\s\s|^\s|\s$/)
        expect(draft.lensId).toBe('strategy')
        expect(validateBetDraft(draft).ok).toBe(text.trim() !== '')
      }),
    )
  })

  it('betFromCard shows where a long card was cut', () => {
    const title = betFromCard({ text: `${'word '.repeat(60)}end`, lensId: 'x' }).title
    expect(title.endsWith('…')).toBe(true)
    expect(fitOneLine('  Two\nlines  ')).toBe('Two lines')
  })

  it('betFromGap takes the key shift as the title, or leaves the naming to the room', () => {
    expect(betFromGap(gap({ keyShift: 'Ship smaller, every week' }), 'We believe that ')).toEqual({
      ...emptyBetDraft('We believe that '),
      title: 'Ship smaller, every week',
      lensId: 'delivery',
    })
    const unnamed = betFromGap(gap())
    expect(unnamed.title).toBe('')
    expect(validateBetDraft(unnamed)).toEqual({ ok: false, errors: { title: 'required' } })
  })

  it('gapOfBet reads the linked lens’s agreed gap', () => {
    const gaps = [gap(), gap({ lensId: 'people', gap: null, rank: null })]
    expect(gapOfBet({ lensId: 'delivery' }, gaps)).toBe(2)
    expect(gapOfBet({ lensId: 'people' }, gaps)).toBeNull()
    expect(gapOfBet({ lensId: 'unknown' }, gaps)).toBeNull()
    expect(gapOfBet({ lensId: null }, gaps)).toBeNull()
  })
})
