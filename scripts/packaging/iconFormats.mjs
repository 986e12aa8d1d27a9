/**
 * The icon containers the installers need, written and read without a library: Windows .ico and
 * macOS .icns are both directories of images, and both accept PNG payloads. `npm run icons`
 * renders each size from build/icon.svg and packs it here; the tooling tests read them back.
 *
 * Why by hand: every size is already rendered from the vector drawing, so a converter library
 * would only add its own downscaling (blurrier small sizes) and a dependency for ~100 lines.
 */

/** The sizes a Linux desktop picks from (build/icons/NxN.png). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

/** The sizes in build/icon.ico: the shell's small, list and tile icons and the 256 px jumbo one. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

/**
 * The entries of build/icon.icns, by OSType and pixel size. ic11 to ic14 and ic10 are the @2x
 * (Retina) variants; all of them carry PNG, which macOS reads since 10.7.
 * @type {ReadonlyArray<readonly [string, number]>}
 */
export const ICNS_ENTRIES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
]

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Whether `bytes` starts with the PNG signature. */
export function isPng(bytes) {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)
}

/**
 * Width and height from a PNG's IHDR chunk, which the format requires to come first.
 * @param {Buffer} bytes
 */
export function pngSize(bytes) {
  if (!isPng(bytes) || bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file')
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * A 32-bit BMP icon image (header, bottom-up BGRA rows, then the 1-bit transparency mask), the
 * form every Windows tool reads. Renderers hand out premultiplied pixels; icons want straight
 * alpha, so each colour is divided back out.
 * @param {number} size
 * @param {Buffer} premultipliedRgba size * size * 4 bytes, rows top to bottom
 */
function bmpIconImage(size, premultipliedRgba) {
  const maskRowBytes = Math.ceil(size / 32) * 4
  const pixelBytes = size * size * 4
  const image = Buffer.alloc(40 + pixelBytes + maskRowBytes * size)
  image.writeUInt32LE(40, 0)
  image.writeInt32LE(size, 4)
  image.writeInt32LE(size * 2, 8) // colour rows and mask rows together, as icons count them
  image.writeUInt16LE(1, 12)
  image.writeUInt16LE(32, 14)
  image.writeUInt32LE(pixelBytes + maskRowBytes * size, 20)
  for (let y = 0; y < size; y += 1) {
    const bmpRow = size - 1 - y
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4
      const alpha = premultipliedRgba[from + 3] ?? 0
      const straight = (/** @type {number} */ channel) =>
        alpha === 0 ? 0 : Math.min(255, Math.round((channel * 255) / alpha))
      const to = 40 + (bmpRow * size + x) * 4
      image[to] = straight(premultipliedRgba[from + 2] ?? 0)
      image[to + 1] = straight(premultipliedRgba[from + 1] ?? 0)
      image[to + 2] = straight(premultipliedRgba[from] ?? 0)
      image[to + 3] = alpha
      if (alpha === 0) {
        const maskAt = 40 + pixelBytes + bmpRow * maskRowBytes + (x >> 3)
        image[maskAt] = (image[maskAt] ?? 0) | (0x80 >> (x & 7))
      }
    }
  }
  return image
}

/**
 * A .ico file. Sizes under 256 are stored as BMP (read by everything); 256 as PNG, which keeps
 * the file small and is how Windows stores its own jumbo icons.
 * @param {ReadonlyArray<{ size: number, png: Buffer, pixels: Buffer }>} images
 */
export function encodeIco(images) {
  const payloads = images.map(({ size, png, pixels }) =>
    size >= 256 ? png : bmpIconImage(size, pixels),
  )
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size }, index) => {
    const entry = 6 + 16 * index
    const payload = /** @type {Buffer} */ (payloads[index])
    header.writeUInt8(size >= 256 ? 0 : size, entry) // 0 stands for 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(payload.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += payload.length
  })
  return Buffer.concat([header, ...payloads])
}

/**
 * The images of a .ico file, as its directory states them and as their own headers do.
 * @param {Buffer} bytes
 */
export function readIco(bytes) {
  if (bytes.length < 6 || bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) {
    throw new Error('not an ICO file')
  }
  const count = bytes.readUInt16LE(4)
  return Array.from({ length: count }, (_, index) => {
    const entry = 6 + 16 * index
    const listed = bytes.readUInt8(entry) || 256
    const length = bytes.readUInt32LE(entry + 8)
    const offset = bytes.readUInt32LE(entry + 12)
    const payload = bytes.subarray(offset, offset + length)
    if (isPng(payload)) {
      return { listed, format: 'png', ...pngSize(payload) }
    }
    // A BMP icon image counts its colour and mask rows together: half is the real height.
    return {
      listed,
      format: 'bmp',
      width: payload.readInt32LE(4),
      height: payload.readInt32LE(8) / 2,
    }
  })
}

/**
 * A .icns file: the magic and total length, then each entry as OSType, length, PNG bytes.
 * @param {ReadonlyArray<{ type: string, png: Buffer }>} entries
 */
export function encodeIcns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4)
  return Buffer.concat([head, ...chunks])
}

/**
 * The entries of a .icns file with the pixel size of each one's PNG.
 * @param {Buffer} bytes
 */
export function readIcns(bytes) {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'icns') {
    throw new Error('not an ICNS file')
  }
  if (bytes.readUInt32BE(4) !== bytes.length) {
    throw new Error('ICNS length does not match the file')
  }
  const entries = []
  for (let at = 8; at < bytes.length;) {
    const type = bytes.toString('latin1', at, at + 4)
    const length = bytes.readUInt32BE(at + 4)
    if (length < 8 || at + length > bytes.length) {
      throw new Error(`ICNS entry ${type} runs past the end of the file`)
    }
    entries.push({ type, ...pngSize(bytes.subarray(at + 8, at + length)) })
    at += length
  }
  return entries
}
