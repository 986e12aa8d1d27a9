import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  NAME_MAX_LENGTH,
  ROLE_MAX_LENGTH,
  normaliseName,
  parseNameList,
  validateParticipantName,
} from '@shared/domain'

/** Short names from few letters, so that case-insensitive clashes and stray spaces are common. */
const nameArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', ' ', '\t', '\u00a0', ','), maxLength: 5 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('x', 'X'), minLength: NAME_MAX_LENGTH - 1, maxLength: 90 }),
)
const pasteArb = fc
  .tuple(fc.array(nameArb, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol))
const key = (name: string): string => normaliseName(name).toLocaleLowerCase()

describe('normaliseName', () => {
  it('trims and collapses whitespace', () => {
    expect(normaliseName('  Amara \t  Okafor \n')).toBe('Amara Okafor')
    expect(normaliseName('Okafor,\u00a0 Amara')).toBe('Okafor, Amara')
    expect(normaliseName('   ')).toBe('')
  })

  it('is idempotent and leaves no outer or doubled whitespace', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        const n = normaliseName(name)
        expect(normaliseName(n)).toBe(n)
        expect(n).toBe(n.trim())
        expect(n).not.toMatch(/\s\s/)
      }),
    )
  })
})

describe('validateParticipantName', () => {
  it('has limits for names and roles', () => {
    expect(NAME_MAX_LENGTH).toBe(80)
    expect(ROLE_MAX_LENGTH).toBe(80)
  })

  it('requires a name', () => {
    expect(validateParticipantName('', [])).toBe('required')
    expect(validateParticipantName(' \t ', [])).toBe('required')
  })

  it('refuses a name that is too long, after tidying', () => {
    expect(validateParticipantName('x'.repeat(NAME_MAX_LENGTH), [])).toBeNull()
    expect(validateParticipantName(`  ${'x'.repeat(NAME_MAX_LENGTH)}  `, [])).toBeNull()
    expect(validateParticipantName('x'.repeat(NAME_MAX_LENGTH + 1), [])).toBe('tooLong')
  })

  it('refuses a name someone else already has, ignoring case and spacing', () => {
    expect(validateParticipantName('amara  okafor', ['Amara Okafor'])).toBe('duplicate')
    expect(validateParticipantName('Amara Okafor', [' AMARA OKAFOR '])).toBe('duplicate')
    expect(validateParticipantName('Amara', ['Amara Okafor'])).toBeNull()
  })

  it('calls a name a duplicate exactly when its tidied, lower-cased form is taken', () => {
    fc.assert(
      fc.property(nameArb, fc.array(nameArb, { maxLength: 5 }), (name, others) => {
        const problem = validateParticipantName(name, others)
        const n = normaliseName(name)
        if (n === '') {
          expect(problem).toBe('required')
          return
        }
        if (n.length > NAME_MAX_LENGTH) {
          expect(problem).toBe('tooLong')
          return
        }
        expect(problem === 'duplicate').toBe(others.some((o) => key(o) === key(n)))
      }),
    )
  })
})

describe('parseNameList', () => {
  it('reads one name per line, keeping commas inside names', () => {
    expect(parseNameList('Okafor, Amara\r\n\n  Lee   Chen \nRuth', [])).toEqual({
      names: ['Okafor, Amara', 'Lee Chen', 'Ruth'],
      skipped: [],
    })
  })

  it('skips duplicates within the paste and against the room, and names too long', () => {
    const long = 'y'.repeat(NAME_MAX_LENGTH + 1)
    expect(parseNameList(`Ruth\nruth\nLee Chen\n${long}\nAmara`, ['lee  chen'])).toEqual({
      names: ['Ruth', 'Amara'],
      skipped: [
        { name: 'ruth', problem: 'duplicate' },
        { name: 'Lee Chen', problem: 'duplicate' },
        { name: long, problem: 'tooLong' },
      ],
    })
  })

  it('returns nothing for an empty paste', () => {
    expect(parseNameList('', ['Ruth'])).toEqual({ names: [], skipped: [] })
    expect(parseNameList('\n \r\n\t', [])).toEqual({ names: [], skipped: [] })
  })

  it('never returns a duplicate or a name already in the room, and accounts for every line', () => {
    fc.assert(
      fc.property(pasteArb, fc.array(nameArb, { maxLength: 5 }), (text, existing) => {
        const { names, skipped } = parseNameList(text, existing)
        const keys = names.map(key)
        expect(new Set(keys).size).toBe(keys.length)
        const existingKeys = new Set(existing.map(key))
        for (const k of keys) expect(existingKeys.has(k)).toBe(false)

        const lines = text
          .split(/\r\n|\r|\n/)
          .map(normaliseName)
          .filter((line) => line !== '')
        expect(names.length + skipped.length).toBe(lines.length)
        // Paste order is kept: merging names and skipped back by position rebuilds the lines.
        const accepted = [...names]
        const rejected = [...skipped]
        for (const line of lines) {
          if (accepted[0] === line) accepted.shift()
          else expect(rejected.shift()?.name).toBe(line)
        }
        for (const name of names) {
          expect(validateParticipantName(name, existing)).toBeNull()
        }
        for (const s of skipped) {
          expect(s.problem).toBe(s.name.length > NAME_MAX_LENGTH ? 'tooLong' : 'duplicate')
        }
      }),
    )
  })
})
