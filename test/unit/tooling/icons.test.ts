// The committed icon set: every file `npm run icons` writes is there, at the sizes each platform
// asks for, read from the files' own headers (no image decoding, so it stays fast).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ICNS_ENTRIES,
  ICO_SIZES,
  LINUX_SIZES,
  encodeIcns,
  encodeIco,
  pngSize,
  readIcns,
  readIco,
} from '../../../scripts/packaging/iconFormats.mjs'

const build = path.resolve(import.meta.dirname, '../../../build')
const read = (name: string): Buffer => readFileSync(path.join(build, name))

describe('the icon set in build/', () => {
  it('has the source drawing it is rendered from', () => {
    expect(read('icon.svg').toString('utf8')).toMatch(/^<svg[^>]+viewBox="0 0 1024 1024"/)
  })

  it('has a 1024 px icon.png', () => {
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 })
  })

  it.each(LINUX_SIZES)('has icons/%ix%i.png for Linux at that size', (size) => {
    expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size })
  })

  it('has icon.ico with every Windows size, each image as big as its directory entry says', () => {
    const images = readIco(read('icon.ico'))
    expect(images.map((image) => image.listed)).toEqual(ICO_SIZES)
    for (const image of images) {
      expect([image.width, image.height]).toEqual([image.listed, image.listed])
    }
    // electron-builder refuses a Windows icon without a 256 px image.
    expect(images.find((image) => image.listed === 256)?.format).toBe('png')
  })

  it('has icon.icns with every macOS entry, each PNG at its type’s size', () => {
    const entries = readIcns(read('icon.icns'))
    expect(entries.map(({ type, width, height }) => [type, width, height])).toEqual(
      ICNS_ENTRIES.map(([type, size]) => [type, size, size]),
    )
  })
})

describe('the icon containers', () => {
  const png = (size: number): Buffer => {
    const bytes = Buffer.alloc(24)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
    bytes.write('IHDR', 12, 'latin1')
    bytes.writeUInt32BE(size, 16)
    bytes.writeUInt32BE(size, 20)
    return bytes
  }

  it('store small .ico images as BMP with straight alpha and a mask for transparent pixels', () => {
    // Two pixels: half-transparent orange (premultiplied, as renderers give it) and transparent.
    const pixels = Buffer.alloc(2 * 2 * 4)
    pixels.set([128, 64, 0, 128], 0)
    const ico = encodeIco([{ size: 2, png: png(2), pixels }])
    expect(readIco(ico)).toEqual([{ listed: 2, format: 'bmp', width: 2, height: 2 }])
    const image = ico.subarray(ico.readUInt32LE(6 + 12))
    // Bottom-up rows: the first pixel of the top row is the first of the second stored row.
    expect([...image.subarray(40 + 8, 40 + 12)]).toEqual([0, 128, 255, 128])
    const mask = image.subarray(40 + 16)
    expect(mask[4]).toBe(0b0100_0000) // top row: only the second pixel is transparent
  })

  it('reject files that are not what they claim', () => {
    expect(() => readIco(Buffer.from('not an icon'))).toThrow('not an ICO file')
    expect(() => readIcns(Buffer.from('icns\0\0\0\x09x'))).toThrow()
    const truncated = encodeIcns([{ type: 'ic07', png: png(128) }]).subarray(0, 20)
    expect(() => readIcns(truncated)).toThrow('does not match')
    expect(() => pngSize(Buffer.from('GIF89a'))).toThrow('not a PNG file')
  })
})
