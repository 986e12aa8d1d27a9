import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DETAIL_MAX_LENGTH, TITLE_MAX_LENGTH, type WorkshopDetails } from '@shared/domain'
import { validateWorkshopDetails } from '@shared/schema/workshopDetails'

const valid: WorkshopDetails = {
  title: 'Q4 operating model review',
  organisation: 'Acme',
  date: '2026-11-21',
  facilitator: 'Sam',
}

const withDetails = (changes: Partial<WorkshopDetails>): WorkshopDetails => ({
  ...valid,
  ...changes,
})

function errorsOf(input: WorkshopDetails) {
  const result = validateWorkshopDetails(input)
  if (result.ok) throw new Error(`expected errors for ${JSON.stringify(input)}`)
  return result.errors
}

function valueOf(input: WorkshopDetails): WorkshopDetails {
  const result = validateWorkshopDetails(input)
  if (!result.ok)
    throw new Error(
      `expected ${JSON.stringify(input)} to be valid, got ${JSON.stringify(result.errors)}`,
    )
  return result.value
}

describe('validateWorkshopDetails', () => {
  it('accepts complete details unchanged', () => {
    expect(valueOf(valid)).toEqual(valid)
  })

  it('accepts a title alone', () => {
    expect(valueOf({ title: 'T', organisation: '', date: '', facilitator: '' })).toEqual({
      title: 'T',
      organisation: '',
      date: '',
      facilitator: '',
    })
  })

  describe('title', () => {
    it.each(['', ' ', '   ', '\t', '\n \t'])('is required (%j)', (title) => {
      expect(errorsOf(withDetails({ title }))).toEqual({ title: 'required' })
    })

    it(`may be ${TITLE_MAX_LENGTH} characters long`, () => {
      expect(TITLE_MAX_LENGTH).toBe(120)
      const title = 'x'.repeat(TITLE_MAX_LENGTH)
      expect(valueOf(withDetails({ title })).title).toBe(title)
    })

    it(`is too long over ${TITLE_MAX_LENGTH} characters`, () => {
      const title = 'x'.repeat(TITLE_MAX_LENGTH + 1)
      expect(errorsOf(withDetails({ title }))).toEqual({ title: 'tooLong' })
    })

    it('is measured after trimming', () => {
      const title = `  ${'x'.repeat(TITLE_MAX_LENGTH)}  `
      expect(valueOf(withDetails({ title })).title).toBe('x'.repeat(TITLE_MAX_LENGTH))
    })

    it('accepts any non-blank title up to the limit when the other fields are empty', () => {
      const titleArb = fc
        .string({ maxLength: TITLE_MAX_LENGTH })
        .filter((title) => title.trim() !== '')
      fc.assert(
        fc.property(titleArb, (title) => {
          const result = validateWorkshopDetails({
            title,
            organisation: '',
            date: '',
            facilitator: '',
          })
          expect(result).toEqual({
            ok: true,
            value: { title: title.trim(), organisation: '', date: '', facilitator: '' },
          })
        }),
      )
    })

    it('rejects any title that is blank or too long after trimming', () => {
      const titleArb = fc.oneof(
        fc.stringMatching(/^\s*$/),
        fc.string({ minLength: TITLE_MAX_LENGTH + 1, maxLength: TITLE_MAX_LENGTH + 40 }),
      )
      fc.assert(
        fc.property(titleArb, (title) => {
          const trimmed = title.trim()
          fc.pre(trimmed === '' || trimmed.length > TITLE_MAX_LENGTH)
          const expected = trimmed === '' ? 'required' : 'tooLong'
          expect(errorsOf(withDetails({ title }))).toEqual({ title: expected })
        }),
      )
    })
  })

  it('trims every field', () => {
    expect(
      valueOf({
        title: '  Review  ',
        organisation: '\tAcme ',
        date: ' 2026-11-21\n',
        facilitator: ' Sam  ',
      }),
    ).toEqual({ title: 'Review', organisation: 'Acme', date: '2026-11-21', facilitator: 'Sam' })
  })

  it('trims whitespace-only optional fields to empty', () => {
    expect(valueOf({ title: 'T', organisation: '   ', date: '  ', facilitator: '\t' })).toEqual({
      title: 'T',
      organisation: '',
      date: '',
      facilitator: '',
    })
  })

  describe('date', () => {
    it.each(['', '2026-11-21', '2024-02-29', '2026-12-31', '2026-01-01'])('accepts %j', (date) => {
      expect(valueOf(withDetails({ date })).date).toBe(date)
    })

    it.each([
      '2026-02-30',
      '2025-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-11-00',
      '2026-11-32',
      '21/11/2026',
      '2026/11/21',
      '2026-1-21',
      '26-11-21',
      '2026-11-21T10:00',
      '20261121',
      'tomorrow',
      '２０２６-11-21',
    ])('rejects %j as invalidDate', (date) => {
      expect(errorsOf(withDetails({ date }))).toEqual({ date: 'invalidDate' })
    })

    it('accepts every real calendar day and nothing is shifted', () => {
      const dayArb = fc.date({
        min: new Date(Date.UTC(1000, 0, 1)),
        max: new Date(Date.UTC(9999, 11, 31)),
        noInvalidDate: true,
      })
      fc.assert(
        fc.property(dayArb, (day) => {
          const date = day.toISOString().slice(0, 10)
          expect(valueOf(withDetails({ date })).date).toBe(date)
        }),
      )
    })
  })

  describe.each(['organisation', 'facilitator'] as const)('%s', (field) => {
    it('is optional', () => {
      expect(valueOf(withDetails({ [field]: '' }))[field]).toBe('')
    })

    it(`may be ${DETAIL_MAX_LENGTH} characters long`, () => {
      const text = 'o'.repeat(DETAIL_MAX_LENGTH)
      expect(valueOf(withDetails({ [field]: text }))[field]).toBe(text)
    })

    it(`is too long over ${DETAIL_MAX_LENGTH} characters`, () => {
      expect(DETAIL_MAX_LENGTH).toBe(120)
      const text = 'o'.repeat(DETAIL_MAX_LENGTH + 1)
      expect(errorsOf(withDetails({ [field]: text }))).toEqual({ [field]: 'tooLong' })
    })
  })

  it('reports one code per field with a problem', () => {
    expect(
      errorsOf({
        title: ' ',
        organisation: 'o'.repeat(DETAIL_MAX_LENGTH + 1),
        date: '2026-02-30',
        facilitator: 'f'.repeat(DETAIL_MAX_LENGTH + 1),
      }),
    ).toEqual({
      title: 'required',
      organisation: 'tooLong',
      date: 'invalidDate',
      facilitator: 'tooLong',
    })
  })
})
