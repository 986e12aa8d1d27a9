/**
 * `npm run icons`: renders build/icon.svg, the one source drawing, into every icon file the
 * installers use: build/icon.png, build/icons/NxN.png (Linux), build/icon.ico (Windows) and
 * build/icon.icns (macOS). The outputs are committed, so building an installer needs no
 * rasteriser; run this again after changing the drawing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { ICNS_ENTRIES, ICO_SIZES, LINUX_SIZES, encodeIcns, encodeIco } from './iconFormats.mjs'

const buildDir = path.resolve(import.meta.dirname, '..', '..', 'build')
const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8')

/** @type {Map<number, { size: number, png: Buffer, pixels: Buffer }>} */
const rendered = new Map()
/** Each size is drawn from the vector, never scaled down from a bigger bitmap. */
function render(/** @type {number} */ size) {
  let image = rendered.get(size)
  if (image === undefined) {
    const result = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render()
    if (result.width !== size || result.height !== size) {
      throw new Error(`build/icon.svg rendered at ${result.width}x${result.height}, not ${size}`)
    }
    image = { size, png: result.asPng(), pixels: result.pixels }
    rendered.set(size, image)
  }
  return image
}

/** @type {Array<[string, Buffer]>} */
const outputs = [
  ['icon.png', render(1024).png],
  ...LINUX_SIZES.map(
    (size) => /** @type {[string, Buffer]} */ ([`icons/${size}x${size}.png`, render(size).png]),
  ),
  ['icon.ico', encodeIco(ICO_SIZES.map(render))],
  ['icon.icns', encodeIcns(ICNS_ENTRIES.map(([type, size]) => ({ type, png: render(size).png })))],
]

await mkdir(path.join(buildDir, 'icons'), { recursive: true })
for (const [name, bytes] of outputs) {
  await writeFile(path.join(buildDir, name), bytes)
  console.log(`build/${name}  ${(bytes.length / 1024).toFixed(1)} KiB`)
}
