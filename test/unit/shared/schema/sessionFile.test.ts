import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { WorkshopSnapshot } from '@shared/domain'
import {
  parseSessionFile,
  serializeSession,
  SESSION_FORMAT,
  SESSION_VERSION,
  type SessionFileResult,
} from '@shared/schema/sessionFile'
import { SESSION_LIMITS } from '@shared/schema/sessionSchema'
import { edit, REMOVE, type JsonDoc, type JsonPath } from './jsonEdit'
import { sampleSnapshot } from './sampleSnapshot'
import { workshopSnapshotArb } from './snapshotArbitrary'

const EXPORTED = new Date(Date.UTC(2025, 2, 14, 17, 45, 0))

/** The sample written as a document, for tests that break one thing in it. */
function sampleDoc(): JsonDoc {
  return JSON.parse(serializeSession(sampleSnapshot(), EXPORTED)) as JsonDoc
}

function detailOf(result: SessionFileResult): string {
  if (result.ok) throw new Error('expected the file to be refused')
  return result.error.detail
}

function parseDoc(doc: unknown): SessionFileResult {
  return parseSessionFile(JSON.stringify(doc))
}

/** The same data with every object's keys inserted in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, v]) => [key, reversedKeys(v)]),
  ) as T
}

describe('serializeSession and parseSessionFile', () => {
  it('round trip: any valid workshop -> file -> workshop is identical', () => {
    fc.assert(
      fc.property(
        workshopSnapshotArb,
        fc.date({ min: new Date(0), max: new Date('9999-12-31'), noInvalidDate: true }),
        (snapshot, at) => {
          const result = parseSessionFile(serializeSession(snapshot, at))
          expect(result).toEqual({
            ok: true,
            snapshot,
            version: SESSION_VERSION,
            migratedFrom: null,
            exportedAt: at.toISOString(),
          })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('writes the same text for the same workshop, whatever order its keys were built in', () => {
    fc.assert(
      fc.property(workshopSnapshotArb, (snapshot: WorkshopSnapshot) => {
        const text = serializeSession(snapshot, EXPORTED)
        expect(serializeSession(reversedKeys(snapshot), EXPORTED)).toBe(text)
        const reread = parseSessionFile(text)
        if (!reread.ok) throw new Error(reread.error.detail)
        expect(serializeSession(reread.snapshot, EXPORTED)).toBe(text)
      }),
      { numRuns: 100 },
    )
  })

  it('writes pretty JSON with the envelope first and ids leading each record', () => {
    const text = serializeSession(sampleSnapshot(), EXPORTED)
    expect(
      text.startsWith(
        `{\n  "format": "${SESSION_FORMAT}",\n  "version": ${SESSION_VERSION},\n  "exportedAt": "2025-03-14T17:45:00.000Z",\n  "workshop": {\n    "id": "ws-1",\n`,
      ),
    ).toBe(true)
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'exportedAt',
      'workshop',
      'participants',
      'ratings',
      'consensus',
      'cards',
      'gapNotes',
      'bets',
      'votes',
      'mapElements',
    ])
    expect(text).toContain('      "id": "p-1",\n      "workshopId": "ws-1",\n      "name": "Ana",')
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('accepts every text exactly at its limit and refuses one character more', () => {
    const atLimit = sampleDoc()
    edit(atLimit, ['cards', 0, 'text'], 'é'.repeat(SESSION_LIMITS.longTextMaxLength))
    edit(atLimit, ['workshop', 'title'], 'T'.repeat(SESSION_LIMITS.shortTextMaxLength))
    expect(parseDoc(atLimit).ok).toBe(true)

    edit(atLimit, ['cards', 0, 'text'], 'é'.repeat(SESSION_LIMITS.longTextMaxLength + 1))
    expect(detailOf(parseDoc(atLimit))).toBe(
      'The text of card 1 is too long (2,001 characters; at most 2,000).',
    )
  })
})

describe('what a refused file says', () => {
  const lens = (n: number, ...rest: JsonPath) => ['workshop', 'template', 'lenses', n, ...rest]
  const cases: [string, JsonPath, unknown, string][] = [
    [
      'a score out of range',
      ['ratings', 0, 'value'],
      7,
      'Rating 1 has the score 7; scores go from 1 to 5.',
    ],
    ['a missing title', ['workshop', 'title'], REMOVE, 'The title of the workshop is missing.'],
    ['a blank title', ['workshop', 'title'], '   ', 'The title of the workshop is empty.'],
    [
      'a lens prompt too long',
      lens(1, 'prompts', 0),
      'x'.repeat(301),
      'Prompt 1 of lens 2 of the template is too long (301 characters; at most 300).',
    ],
    [
      'a bad lens id',
      lens(0, 'id'),
      'Alignment!',
      'The id of lens 1 of the template should use only lowercase letters, digits and dashes.',
    ],
    [
      'a level out of order',
      lens(0, 'scale', 1, 'level'),
      3,
      'The level number of level 2 of lens 1 of the template is out of order: levels go from 1 to 5.',
    ],
    [
      'an unknown column',
      ['cards', 0, 'column'],
      'middle',
      'The column of card 1 is "middle", but it should be "current" or "target".',
    ],
    [
      'a bad review date',
      ['bets', 0, 'reviewDate'],
      'next week',
      'The review date of bet 1 should be a date like 2025-03-14.',
    ],
    [
      'a bad clock time',
      ['workshop', 'startTime'],
      'nine',
      'The start time of the workshop should be a time like 09:30, or empty.',
    ],
    [
      'a bad export time',
      ['exportedAt'],
      'yesterday',
      'The export time should be a date and time like 2025-03-14T09:30:00.000Z.',
    ],
    [
      'a fractional timestamp',
      ['cards', 0, 'createdAt'],
      1.5,
      'The creation time of card 1 should be a whole number, not 1.5.',
    ],
    [
      'an agenda lens not in the template',
      ['workshop', 'agenda', 0, 'lensId'],
      'finance',
      'Agenda item 1 is about the lens "finance", which is not in the workshop\'s template.',
    ],
    [
      'a negative timer',
      ['workshop', 'timer'],
      {
        step: { lensId: 'alignment', step: 'gap' },
        timer: { durationMs: -1, elapsedMs: 0, runningSince: null },
      },
      'The duration of the timer is too small (-1; at least 0).',
    ],
    [
      'a gap note id that is not its own',
      ['gapNotes', 0, 'id'],
      'x',
      'Gap note 1 has an id that does not match what it is about; the file was probably edited by hand.',
    ],
    [
      'a bet about an unknown lens',
      ['bets', 0, 'lensId'],
      'finance',
      'Bet 1 is about the lens "finance", which is not in the workshop\'s template.',
    ],
    [
      'a consensus of another workshop',
      ['consensus', 0, 'workshopId'],
      'ws-2',
      "Consensus 1 belongs to another workshop: its workshop id is not the workshop's id.",
    ],
    [
      'an unknown field in a level',
      lens(0, 'scale', 0, 'colour'),
      'red',
      'Level 1 of lens 1 of the template has a field Vantage does not know: "colour".',
    ],
    [
      'an unknown field in the template',
      ['workshop', 'template', 'author'],
      'me',
      'The template of the workshop has a field Vantage does not know: "author".',
    ],
    [
      'a quoted value that is huge',
      ['ratings', 0, 'value'],
      'x'.repeat(1e6),
      `Rating 1 has the score "${'x'.repeat(30)}…"; scores go from 1 to 5.`,
    ],
  ]

  it.each(cases)('%s', (_name, path, value, sentence) => {
    const doc = edit(sampleDoc(), path, value)
    expect(parseDoc(doc)).toEqual({ ok: false, error: { code: 'invalid', detail: sentence } })
  })

  it('names the newer version and the way out', () => {
    expect(parseDoc({ ...sampleDoc(), version: SESSION_VERSION + 1 })).toEqual({
      ok: false,
      error: {
        code: 'newerVersion',
        detail: `This file was made by a newer version of Vantage (version ${SESSION_VERSION + 1}); update Vantage to open it.`,
      },
    })
  })

  it('refuses JSON with the right format but a foreign top-level shape', () => {
    expect(parseDoc({ format: SESSION_FORMAT, version: 1, data: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    })
  })

  it('says where broken JSON breaks, when the engine tells', () => {
    // A hand edit that left a comma before a closing brace, on line 5 of the file.
    const text = serializeSession(sampleSnapshot(), EXPORTED).replace('"ws-1",', '"ws-1",}')
    expect(parseSessionFile(text)).toEqual({
      ok: false,
      error: {
        code: 'notJson',
        detail:
          'This is not a Vantage session file: it is not valid JSON (the first problem is on line 6).',
      },
    })
  })

  it('does not call a file cut off when a quote is missing in the middle', () => {
    const text = serializeSession(sampleSnapshot(), EXPORTED).replace(
      '"Leadership offsite"',
      'Leadership offsite"',
    )
    expect(parseSessionFile(text)).toMatchObject({ ok: false, error: { code: 'notJson' } })
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: SESSION_FORMAT, version: 1, workshop: v })),
        ),
        (text) => {
          const result = parseSessionFile(text)
          if (!result.ok) expect(result.error.detail).toMatch(/^[A-Z].*\.$/s)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('refuses every truncation of a valid file, and never as anything but truncated', () => {
    const text = serializeSession(sampleSnapshot(), EXPORTED)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.trimEnd().length - 1 }), (cut) => {
        expect(parseSessionFile(text.slice(0, cut))).toMatchObject({
          ok: false,
          error: { code: 'truncated' },
        })
      }),
      { numRuns: 300 },
    )
  })
})
