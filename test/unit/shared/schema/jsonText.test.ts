import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  exceedsBytes,
  scanJsonText,
  stripByteOrderMark,
  utf8ByteLength,
} from '@shared/schema/jsonText'

describe('utf8ByteLength', () => {
  it('agrees with Node for any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'))
      }),
      { numRuns: 1000 },
    )
  })

  it('counts 1, 2, 3 and 4 byte characters', () => {
    expect(utf8ByteLength('a')).toBe(1)
    expect(utf8ByteLength('é')).toBe(2)
    expect(utf8ByteLength('€')).toBe(3)
    expect(utf8ByteLength('👩')).toBe(4)
    expect(utf8ByteLength('\ud800')).toBe(3)
  })

  it('stops counting soon after the limit', () => {
    expect(utf8ByteLength('é'.repeat(1000), 10)).toBeLessThanOrEqual(12)
  })
})

describe('exceedsBytes', () => {
  it('agrees with the full count around the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(200), (text, max) => {
        expect(exceedsBytes(text, max)).toBe(Buffer.byteLength(text, 'utf8') > max)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('scanJsonText', () => {
  it('finds the depth of any JSON value, brackets inside strings ignored', () => {
    const depthOf = (value: unknown): number =>
      typeof value === 'object' && value !== null
        ? 1 + Math.max(0, ...Object.values(value).map(depthOf))
        : 0
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(6), (value, limit) => {
        const text = JSON.stringify(value)
        const shape = scanJsonText(text, limit)
        expect(shape.tooDeep).toBe(depthOf(value) > limit)
        if (!shape.tooDeep) expect(shape.unclosed).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('stops at the first excess, so a bomb costs only the limit', () => {
    expect(scanJsonText('['.repeat(1_000_000), 64).tooDeep).toBe(true)
    expect(scanJsonText(`"${'['.repeat(1000)}"`, 64)).toEqual({
      tooDeep: false,
      unclosed: false,
      startsLikeJson: false,
    })
  })

  it('tells a cut-off text: open brackets, or a string that never ends', () => {
    expect(scanJsonText('{"a": [1, 2', 64).unclosed).toBe(true)
    expect(scanJsonText('{"a": "he said \\"', 64).unclosed).toBe(true)
    expect(scanJsonText('  \n{"a": "b"}', 64)).toEqual({
      tooDeep: false,
      unclosed: false,
      startsLikeJson: true,
    })
  })
})

describe('stripByteOrderMark', () => {
  it('removes one leading BOM and nothing else', () => {
    expect(stripByteOrderMark('\uFEFF{}')).toBe('{}')
    expect(stripByteOrderMark('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}')
  })
})
