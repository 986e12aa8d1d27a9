import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cssString, pageStyle } from '../../../../../renderer/src/features/report/pageStyle'
import { printRequest } from '../../../../../renderer/src/features/report/printRequest'

describe('printRequest', () => {
  it('reads the paper and autoprint from the query inside the hash', () => {
    expect(
      printRequest('w-1?paper=Letter&autoprint=1', '#/print/w-1?paper=Letter&autoprint=1', ''),
    ).toEqual({
      workshopId: 'w-1',
      paper: 'Letter',
      language: null,
      autoprint: true,
    })
  })

  it('reads the language a print asks for, and ignores one Vantage does not speak', () => {
    expect(printRequest('w-1', '#/print/w-1?paper=A4&lang=fr', '').language).toBe('fr')
    expect(printRequest('w-1', '#/print/w-1?lang=nl', '').language).toBeNull()
  })

  it('falls back to A4 without autoprint, and reads a query before the hash too', () => {
    expect(printRequest('w-1', '#/print/w-1', '')).toEqual({
      workshopId: 'w-1',
      paper: 'A4',
      language: null,
      autoprint: false,
    })
    expect(printRequest('w-1', '#/print/w-1', '?paper=letter')).toMatchObject({ paper: 'Letter' })
    expect(printRequest('w-1', '#/print/w-1?paper=legal', '')).toMatchObject({ paper: 'A4' })
  })

  it('decodes the workshop id, and keeps one that is not valid percent-encoding', () => {
    expect(printRequest('a%20b', '#/print/a%20b', '').workshopId).toBe('a b')
    expect(printRequest('100%', '#/print/100%', '').workshopId).toBe('100%')
  })
})

describe('pageStyle', () => {
  it('sets the paper size and the title in the footer', () => {
    expect(pageStyle('A4', 'Spring offsite')).toBe(
      '@page { size: A4; @bottom-left { content: "Spring offsite"; } }',
    )
    expect(pageStyle('Letter', 'x')).toContain('size: letter;')
  })

  it('escapes a title so it can never leave its CSS string', () => {
    expect(cssString('A "quoted" \\ title')).toBe('"A \\22 quoted\\22  \\5c  title"')
    expect(cssString('</style>')).toBe('"\\3c \\2f style\\3e "')
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        const inner = cssString(title).slice(1, -1)
        expect(inner).not.toMatch(/["\n\r<>{};]/)
        // Every backslash starts a hex escape ended by one space.
        expect(inner.replace(/\\[0-9a-f]{1,6} /g, '')).not.toContain('\\')
      }),
    )
  })
})
