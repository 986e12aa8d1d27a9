import Papa from 'papaparse'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ratingsCsv, type RatingsCsvLabels } from '@shared/report'
import { makeConsensus, makeParticipant, makeRating, makeSource, makeWorkshop } from './fixtures'

const LABELS: RatingsCsvLabels = {
  columns: {
    participant: 'Participant',
    role: 'Role',
    lens: 'Lens',
    state: 'State',
    score: 'Score',
    note: 'Note',
    revealed: 'Revealed',
  },
  states: { current: 'Today', target: 'Target' },
  unsure: 'Unsure',
  revealed: { yes: 'Yes', no: 'No' },
  anonymousName: (n) => `Participant ${n}`,
}

const HEADER = ['Participant', 'Role', 'Lens', 'State', 'Score', 'Note', 'Revealed']

function parse(csv: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true)
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

const people = [
  makeParticipant('p2', 'Okafor, Amara', 0, 'Chief "Product" Officer'),
  makeParticipant('p1', 'Chloé Müller-Ødegård', 1),
]

const source = makeSource({
  participants: people,
  ratings: [
    makeRating('p2', 'discovery', 'current', 2, 'Line one\nline two, with "quotes"'),
    makeRating('p1', 'discovery', 'current', 'unsure'),
    makeRating('p2', 'strategy', 'target', 5, 'hidden'),
    makeRating('p2', 'delivery', 'current', 3, 'off the agenda'),
  ],
  consensus: [makeConsensus('discovery', 'current', 2, true)],
})

describe('ratingsCsv', () => {
  it('writes one row per participant, agenda lens and state, under translated headers', () => {
    const rows = parse(ratingsCsv(source, LABELS))
    expect(rows[0]).toEqual(HEADER)
    expect(rows.slice(1)).toEqual([
      [
        'Okafor, Amara',
        'Chief "Product" Officer',
        'Lens discovery',
        'Today',
        '2',
        'Line one\nline two, with "quotes"',
        'Yes',
      ],
      ['Okafor, Amara', 'Chief "Product" Officer', 'Lens discovery', 'Target', '', '', 'No'],
      ['Okafor, Amara', 'Chief "Product" Officer', 'Lens strategy', 'Today', '', '', 'No'],
      // Rated, but not revealed: neither the score nor the note leaves the app.
      ['Okafor, Amara', 'Chief "Product" Officer', 'Lens strategy', 'Target', '', '', 'No'],
      ['Chloé Müller-Ødegård', '', 'Lens discovery', 'Today', 'Unsure', '', 'Yes'],
      ['Chloé Müller-Ødegård', '', 'Lens discovery', 'Target', '', '', 'No'],
      ['Chloé Müller-Ødegård', '', 'Lens strategy', 'Today', '', '', 'No'],
      ['Chloé Müller-Ødegård', '', 'Lens strategy', 'Target', '', '', 'No'],
    ])
  })

  it('uses stand-in names and no roles in an anonymous workshop', () => {
    const anonymous = { ...source, workshop: makeWorkshop({ anonymous: true }) }
    const csv = ratingsCsv(anonymous, LABELS)
    const rows = parse(csv).slice(1)
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['Participant 1', 'Participant 2']))
    expect(rows.every((r) => r[1] === '')).toBe(true)
    for (const p of people) expect(csv).not.toContain(p.name)
    expect(csv).not.toContain('Product')
    // Numbered by id, not by the list order that the PDF's cover prints.
    expect(rows[0]!.slice(0, 5)).toEqual(['Participant 1', '', 'Lens discovery', 'Today', 'Unsure'])
  })

  it('round-trips any names and notes through a CSV parser', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 })
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 6 }), text, (names, note) => {
        const participants = names.map((name, i) => makeParticipant(`p${i}`, name, i, note))
        const ratings = participants.map((p) => makeRating(p.id, 'strategy', 'current', 3, note))
        const consensus = [makeConsensus('strategy', 'current', 3, true)]
        const rows = parse(
          ratingsCsv(makeSource({ participants, ratings, consensus }), LABELS),
        ).slice(1)
        expect(rows).toHaveLength(names.length * 2 * 2)
        const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)
        for (const [i, name] of names.entries()) {
          const row = rows[i * 4 + 2]!
          expect(row.slice(0, 6)).toEqual([
            safe(name),
            safe(note),
            'Lens strategy',
            'Today',
            '3',
            safe(note),
          ])
        }
      }),
    )
  })

  it('turns cells a spreadsheet would run as formulas into text', () => {
    const formulas = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '=1+1\nsecond line']
    const participants = formulas.map((name, i) => makeParticipant(`p${i}`, name, i, name))
    const ratings = participants.map((p, i) =>
      makeRating(p.id, 'strategy', 'current', 1, formulas[i]!),
    )
    const consensus = [makeConsensus('strategy', 'current', 1, true)]
    const rows = parse(ratingsCsv(makeSource({ participants, ratings, consensus }), LABELS)).slice(
      1,
    )
    for (const [i, formula] of formulas.entries()) {
      const row = rows[i * 4 + 2]!
      expect([row[0], row[1], row[5]]).toEqual([`'${formula}`, `'${formula}`, `'${formula}`])
    }
  })

  it('has rows = participants x agenda lenses x 2 for any workshop size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 4 }), (n, lenses) => {
        const agenda = ['strategy', 'discovery', 'delivery', 'people']
          .slice(0, lenses)
          .map((lensId) => ({ lensId, minutes: 30 }))
        const participants = Array.from({ length: n }, (_, i) =>
          makeParticipant(`p${i}`, `P${i}`, i),
        )
        const csv = ratingsCsv(
          makeSource({ workshop: makeWorkshop({ agenda }), participants }),
          LABELS,
        )
        expect(parse(csv)).toHaveLength(1 + n * lenses * 2)
      }),
    )
  })
})
