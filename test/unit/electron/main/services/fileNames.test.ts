// What the renderer suggests as a name becomes one harmless base name; workshop ids become keys.
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BACKUP_ID_PATTERN } from '../../../../../shared/ipc/contract'
import {
  backupKeyFor,
  safeBaseName,
  withExtension,
} from '../../../../../electron/main/services/fileNames'

describe('safeBaseName', () => {
  it('keeps an ordinary name and adds the extension', () => {
    expect(safeBaseName('Acme leadership offsite', '.vantage')).toBe(
      'Acme leadership offsite.vantage',
    )
    expect(safeBaseName('Équipe – 2025', 'csv')).toBe('Équipe – 2025.csv')
  })

  it('does not double an extension already there, in any letter case', () => {
    expect(safeBaseName('report.pdf', '.pdf')).toBe('report.pdf')
    expect(safeBaseName('Report.PDF', '.pdf')).toBe('Report.pdf')
    expect(safeBaseName('report.csv', '.vantage')).toBe('report.csv.vantage')
  })

  it('strips folders, whichever separator they use', () => {
    expect(safeBaseName('../../etc/passwd', '.vantage')).toBe('passwd.vantage')
    expect(safeBaseName('C:\\Users\\ada\\Desktop\\offsite', '.vantage')).toBe('offsite.vantage')
    expect(safeBaseName('/tmp/x/', '.csv')).toBe('Vantage.csv')
  })

  it('reduces `..`, dots and blanks at either end to nothing', () => {
    expect(safeBaseName('..', '.vantage')).toBe('Vantage.vantage')
    expect(safeBaseName('  .hidden.  ', '.vantage')).toBe('hidden.vantage')
    expect(safeBaseName('a..b', '.pdf')).toBe('a..b.pdf')
  })

  it('replaces control and forbidden characters', () => {
    expect(safeBaseName('a\u0000b\nc\u007fd', '.csv')).toBe('a-b-c-d.csv')
    expect(safeBaseName('what? <now>: "yes" | *', '.pdf')).toBe('what- -now-- -yes- - -.pdf')
    expect(safeBaseName('\u0001\u0002', '.csv')).toBe('Vantage.csv')
  })

  it('never produces a reserved Windows device name', () => {
    for (const name of [
      'CON',
      'con',
      'Prn',
      'AUX',
      'NUL',
      'COM1',
      'com9',
      'LPT1',
      'lpt9',
      'nul.txt',
    ]) {
      const result = safeBaseName(name, '.vantage')
      expect(result.startsWith('_'), `${name} -> ${result}`).toBe(true)
    }
    expect(safeBaseName('CONSOLE', '.vantage')).toBe('CONSOLE.vantage')
    expect(safeBaseName('Company', '.vantage')).toBe('Company.vantage')
  })

  it('shortens a long name without splitting a character and keeps the extension', () => {
    const result = safeBaseName('é'.repeat(300), '.vantage')
    expect(result.endsWith('é.vantage')).toBe(true)
    expect(Buffer.byteLength(result.slice(0, -'.vantage'.length))).toBeLessThanOrEqual(200)
  })

  it('always gives one plain base name with the extension, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300, size: 'max' }), (suggested) => {
        const result = safeBaseName(suggested, '.vantage')
        expect(result.endsWith('.vantage')).toBe(true)
        expect(path.basename(result)).toBe(result)
        expect(path.win32.basename(result)).toBe(result)
        // eslint-disable-next-line no-control-regex
        expect(result).not.toMatch(/[\u0000-\u001f\u007f<>:"/\\|?*]/)
        expect(result.startsWith('.')).toBe(false)
        expect(result.length).toBeGreaterThan('.vantage'.length)
        expect(/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(result.split('.')[0] ?? '')).toBe(false)
        expect(Buffer.byteLength(result)).toBeLessThanOrEqual(200 + '.vantage'.length)
      }),
    )
  })
})

describe('withExtension', () => {
  it('appends the extension only when missing', () => {
    expect(withExtension('/home/ada/offsite', '.vantage')).toBe('/home/ada/offsite.vantage')
    expect(withExtension('/home/ada/offsite.VANTAGE', '.vantage')).toBe('/home/ada/offsite.VANTAGE')
  })
})

describe('backupKeyFor', () => {
  it('keeps a UUID as it is', () => {
    const id = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'
    expect(backupKeyFor(id)).toBe(id)
  })

  it('turns any id into a key a backup name can start with, different ids to different keys', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 100 }),
        fc.string({ minLength: 1, maxLength: 100 }),
        (a, b) => {
          const key = backupKeyFor(a)
          expect(`${key}--20250102T030405678Z.vantage`).toMatch(BACKUP_ID_PATTERN)
          expect(backupKeyFor(a)).toBe(key)
          if (a !== b) expect(backupKeyFor(b)).not.toBe(key)
        },
      ),
    )
    expect(backupKeyFor('a/b')).not.toBe(backupKeyFor('a.b'))
    expect(backupKeyFor('x'.repeat(100))).toHaveLength(80)
  })
})
