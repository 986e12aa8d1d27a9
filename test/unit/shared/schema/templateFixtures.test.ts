/**
 * Every file in test/fixtures/templates is imported as the app would import it: valid ones are
 * accepted whole, malformed and hostile ones refused with the code the manifest expects and one
 * sentence naming the problem. Parsing must never touch Object.prototype.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isTemplateReady } from '@shared/domain'
import {
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateFile,
  serializeTemplateFile,
} from '@shared/schema/templateFile'

const FOLDER = resolve(import.meta.dirname, '../../../fixtures/templates')
const EXTENSION = '.vantage-template'

interface Expectation {
  /** 'ok' or the TemplateFileError code */
  expect: string
  about: string
  /** A part of the sentence that names the problem. */
  mentions?: string
}

const manifest = JSON.parse(readFileSync(resolve(FOLDER, 'manifest.json'), 'utf8')) as Record<
  string,
  Expectation
>
const files = readdirSync(FOLDER)
  .filter((name) => name.endsWith(EXTENSION))
  .sort()
const read = (name: string) => readFileSync(resolve(FOLDER, name), 'utf8')

function accepted(name: string) {
  const result = parseTemplateFile(read(name))
  if (!result.ok) throw new Error(result.error.detail)
  return result
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('isAdmin')
})

describe('the template fixture set', () => {
  it('has at least 15 refused files, two valid exports, and every file is in the manifest', () => {
    expect(files.filter((name) => manifest[name]?.expect !== 'ok').length).toBeGreaterThanOrEqual(
      15,
    )
    expect(files.filter((name) => name.startsWith('valid-')).length).toBeGreaterThanOrEqual(2)
    expect(Object.keys(manifest).sort()).toEqual(files)
  })

  it('commits no file over ~2 MB', () => {
    for (const name of files) expect(read(name).length, name).toBeLessThan(2 * 1024 * 1024)
  })
})

describe.each(files)('%s', (name) => {
  const expectation = manifest[name]!

  it(`is ${expectation.expect === 'ok' ? 'accepted' : `refused as ${expectation.expect}`}: ${expectation.about}`, () => {
    const result = parseTemplateFile(read(name))
    if (expectation.expect === 'ok') {
      expect(result.ok ? 'ok' : result.error).toBe('ok')
      return
    }
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(expectation.expect)
    // One plain sentence: a capital, a full stop, no line breaks, short enough for a dialog.
    expect(result.error.detail).toMatch(/^[A-Z][^\n]{10,300}\.$/)
    if (expectation.mentions) expect(result.error.detail).toContain(expectation.mentions)
  })
})

describe('what the accepted files hold', () => {
  it('writes the six-lens export back byte for byte, ready to use', () => {
    const text = read('valid-six-lens-export.vantage-template')
    const result = accepted('valid-six-lens-export.vantage-template')
    expect(result.template.lenses.map((lens) => lens.id)).toEqual([
      'alignment',
      'organisational-design',
      'product-team',
      'value-creation',
      'cross-functional-integration',
      'leadership',
    ])
    expect(isTemplateReady(result.template)).toBe(true)
    expect(serializeTemplateFile(result.template, new Date(result.exportedAt))).toBe(text)
  })

  it('keeps the optional flag of the four-lens template', () => {
    const { template } = accepted('valid-four-lens-optional.vantage-template')
    expect(template.lenses.map((lens) => lens.optional === true)).toEqual([
      false,
      false,
      false,
      true,
    ])
    expect(template.lenses[0]).not.toHaveProperty('optional')
  })

  it('keeps markup as the very same inert text', () => {
    const text = read('hostile-markup-as-text.vantage-template')
    const result = accepted('hostile-markup-as-text.vantage-template')
    expect(result.template.name).toBe('<script>alert("name")</script>')
    expect(result.template.lenses[0]!.scale[0]!.description).toBe('<svg onload=alert(3)>')
    expect(serializeTemplateFile(result.template, new Date(result.exportedAt))).toBe(text)
  })

  it('reads the file with a byte order mark as if it had none', () => {
    const text = read('hostile-bom-at-start.vantage-template')
    expect(parseTemplateFile(text)).toEqual(parseTemplateFile(text.slice(1)))
  })
})

describe('a file over the size limit (generated here, never committed)', () => {
  it('is refused as tooLarge before anything is parsed', () => {
    const valid = read('valid-six-lens-export.vantage-template')
    const huge = valid.replace(/\n$/, ' '.repeat(2 * 1024 * 1024))
    expect(parseTemplateFile(huge)).toEqual({
      ok: false,
      error: { code: 'tooLarge', detail: expect.stringContaining('1 MB') },
    })
  })

  it('counts bytes, not characters: 400,000 three-byte characters are over 1 MB', () => {
    const huge = `{"name":"${'€'.repeat(400_000)}"}`
    expect(huge.length).toBeLessThan(MAX_TEMPLATE_FILE_BYTES)
    expect(parseTemplateFile(huge)).toMatchObject({ ok: false, error: { code: 'tooLarge' } })
  })
})
