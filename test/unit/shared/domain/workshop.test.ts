import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LENS_MINUTES,
  TITLE_MAX_LENGTH,
  defaultAgenda,
  sortByLastEdited,
  titleForCopy,
} from '@shared/domain'
import { makeTemplate, templateArb } from './fixtures'

interface Row {
  id: string
  title: string
  updatedAt: number
}

/** Few distinct times and titles, so ties are common; ids are unique, as they are in the app. */
const titleArb = fc.oneof(fc.constantFrom('', 'Alpha', 'alpha', 'Beta', 'beta '), fc.string())
const timeArb = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.nat())

const rowsArb = (
  idArb: fc.Arbitrary<string>,
  titles: fc.Arbitrary<string> = titleArb,
  times: fc.Arbitrary<number> = timeArb,
): fc.Arbitrary<Row[]> =>
  fc
    .uniqueArray(idArb, { maxLength: 12 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) => fc.record({ id: fc.constant(id), title: titles, updatedAt: times })),
      ),
    )

/** A list of rows together with the same rows in another order. */
const rowsAndShuffleArb = (rowsArbitrary: fc.Arbitrary<Row[]>): fc.Arbitrary<[Row[], Row[]]> =>
  rowsArbitrary.chain((rows) =>
    fc.tuple(
      fc.constant(rows),
      fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
    ),
  )

const copyLabel = (n: number): string => (n === 1 ? '(copy)' : `(copy ${n})`)

describe('sortByLastEdited', () => {
  it('puts the most recently edited first', () => {
    const rows: Row[] = [
      { id: 'a', title: 'Old', updatedAt: 100 },
      { id: 'b', title: 'New', updatedAt: 300 },
      { id: 'c', title: 'Middle', updatedAt: 200 },
    ]
    expect(sortByLastEdited(rows).map((r) => r.id)).toEqual(['b', 'c', 'a'])
  })

  it('breaks ties by title, then by id', () => {
    const rows: Row[] = [
      { id: '2', title: 'Beta', updatedAt: 5 },
      { id: '9', title: 'alpha', updatedAt: 5 },
      { id: '1', title: 'Beta', updatedAt: 5 },
    ]
    expect(sortByLastEdited(rows).map((r) => r.id)).toEqual(['9', '1', '2'])
  })

  it('keeps the extra fields of the items it sorts', () => {
    const rows = [
      { id: 'a', title: 'A', updatedAt: 1, deletedAt: null },
      { id: 'b', title: 'B', updatedAt: 2, deletedAt: null },
    ]
    const sorted = sortByLastEdited(rows)
    expect(sorted[0]).toBe(rows[1])
    expect(sorted[1]).toBe(rows[0])
  })

  it('returns a permutation of its input', () => {
    fc.assert(
      fc.property(rowsArb(fc.string()), (rows) => {
        const sorted = sortByLastEdited(rows)
        expect(sorted).toHaveLength(rows.length)
        // Every input object appears exactly once (the ids are unique).
        for (const row of rows) expect(sorted.filter((r) => r === row)).toHaveLength(1)
      }),
    )
  })

  it('orders updatedAt from newest to oldest', () => {
    fc.assert(
      fc.property(rowsArb(fc.string()), (rows) => {
        const sorted = sortByLastEdited(rows)
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i - 1]!.updatedAt).toBeGreaterThanOrEqual(sorted[i]!.updatedAt)
        }
      }),
    )
  })

  it('gives the same order whatever the input order (ASCII ids)', () => {
    fc.assert(
      fc.property(rowsAndShuffleArb(rowsArb(fc.string())), ([rows, shuffled]) => {
        expect(sortByLastEdited(shuffled)).toEqual(sortByLastEdited(rows))
      }),
    )
  })

  it('gives the same order whatever the input order (ids the collator finds equal)', () => {
    // A NUL is ignorable for the collator, and "é" can be spelled "e" + combining acute.
    const trickyId = fc.string({
      unit: fc.constantFrom('a', 'e', '\u0000', '\u0301', '\u00e9'),
      maxLength: 3,
    })
    fc.assert(
      fc.property(
        rowsAndShuffleArb(rowsArb(trickyId, fc.constantFrom('Same', 'same'), fc.constant(1))),
        ([rows, shuffled]) => {
          const ids = (list: Row[]): string[] => sortByLastEdited(list).map((r) => r.id)
          expect(ids(shuffled)).toEqual(ids(rows))
        },
      ),
    )
  })

  it('is deterministic for ids that collate equal but differ', () => {
    const rows: Row[] = [
      { id: 'a\u0000', title: 'Same', updatedAt: 1 },
      { id: 'a', title: 'Same', updatedAt: 1 },
      { id: 'e\u0301', title: 'Same', updatedAt: 1 },
      { id: '\u00e9', title: 'Same', updatedAt: 1 },
    ]
    const forward = sortByLastEdited(rows).map((r) => r.id)
    const backward = sortByLastEdited([...rows].reverse()).map((r) => r.id)
    expect(backward).toEqual(forward)
  })

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(rowsArb(fc.string()), (rows) => {
        // A frozen copy: sorting in place would throw, and the generated rows stay untouched.
        const input = Object.freeze(rows.map((r) => Object.freeze({ ...r })))
        const sorted = sortByLastEdited(input)
        expect(sorted).not.toBe(input)
        expect(input).toEqual(rows)
      }),
    )
  })
})

describe('titleForCopy', () => {
  it('names the first copy "<title> (copy)"', () => {
    expect(titleForCopy('T', [], copyLabel)).toBe('T (copy)')
    expect(titleForCopy('T', ['T', 'Other'], copyLabel)).toBe('T (copy)')
  })

  it('skips the copy titles that are taken', () => {
    expect(titleForCopy('T', ['T', 'T (copy)'], copyLabel)).toBe('T (copy 2)')
    expect(titleForCopy('T', ['T (copy)', 'T (copy 2)', 'T (copy 4)'], copyLabel)).toBe(
      'T (copy 3)',
    )
  })

  it('uses the wording it is given', () => {
    const kopie = (n: number): string => (n === 1 ? '(Kopie)' : `(Kopie ${n})`)
    expect(titleForCopy('Plan', ['Plan (Kopie)'], kopie)).toBe('Plan (Kopie 2)')
  })

  it('shortens a long title so that the copy is still a valid title', () => {
    const long = 'Leadership offsite '.repeat(10).trim().slice(0, TITLE_MAX_LENGTH)
    const copy = titleForCopy(long, [long], copyLabel)
    expect(copy.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH)
    expect(copy.endsWith(' (copy)')).toBe(true)
    expect(long.startsWith(copy.slice(0, -' (copy)'.length))).toBe(true)
  })

  it('never returns a title in use, and picks the first free number', () => {
    const caseArb = fc.string().chain((title) =>
      fc.tuple(
        fc.constant(title),
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 8 }).map((n) => `${title} ${copyLabel(n)}`),
            fc.constant(title),
            fc.string(),
          ),
          { maxLength: 20 },
        ),
      ),
    )
    fc.assert(
      fc.property(caseArb, ([title, existing]) => {
        const result = titleForCopy(title, existing, copyLabel)
        expect(existing).not.toContain(result)
        let n = 1
        while (existing.includes(`${title} ${copyLabel(n)}`)) n++
        expect(result).toBe(`${title} ${copyLabel(n)}`)
      }),
    )
  })
})

describe('defaultAgenda', () => {
  it('plans every lens of the template, in order, for the default time', () => {
    expect(defaultAgenda(makeTemplate(['strategy', 'discovery']))).toEqual([
      { lensId: 'strategy', minutes: DEFAULT_LENS_MINUTES },
      { lensId: 'discovery', minutes: DEFAULT_LENS_MINUTES },
    ])
    expect(DEFAULT_LENS_MINUTES).toBe(30)
  })

  it('is empty for a template without lenses', () => {
    expect(defaultAgenda(makeTemplate([]))).toEqual([])
  })

  it('has one item per lens, in the same order, for any template', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        const agenda = defaultAgenda(template)
        const required = template.lenses.filter((lens) => lens.optional !== true)
        const planned = required.length > 0 ? required : template.lenses
        expect(agenda.map((item) => item.lensId)).toEqual(planned.map((lens) => lens.id))
        for (const item of agenda) expect(item.minutes).toBe(DEFAULT_LENS_MINUTES)
      }),
    )
  })

  it('leaves optional lenses off, to be ticked in when the room has time', () => {
    const template = makeTemplate(['strategy', 'discovery', 'funding'])
    const withOptional = {
      ...template,
      lenses: template.lenses.map((lens) =>
        lens.id === 'discovery' ? { ...lens, optional: true } : lens,
      ),
    }
    expect(defaultAgenda(withOptional).map((item) => item.lensId)).toEqual(['strategy', 'funding'])
  })

  it('plans them all when every lens is optional, so there is something to run', () => {
    const template = makeTemplate(['strategy', 'discovery'])
    const allOptional = {
      ...template,
      lenses: template.lenses.map((lens) => ({ ...lens, optional: true })),
    }
    expect(defaultAgenda(allOptional)).toHaveLength(2)
  })
})
