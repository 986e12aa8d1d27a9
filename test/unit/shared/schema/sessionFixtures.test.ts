/**
 * Every file in test/fixtures/sessions is opened as the app would open it: valid ones are
 * accepted whole, malformed and hostile ones refused with the code the manifest expects and one
 * sentence naming the problem. Parsing must never touch Object.prototype.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_SESSION_FILE_BYTES } from '@shared/ipc/contract'
import { parseSessionFile, serializeSession, SESSION_VERSION } from '@shared/schema/sessionFile'

const FOLDER = resolve(import.meta.dirname, '../../../fixtures/sessions')

interface Expectation {
  /** 'ok' or the SessionFileError code */
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
  .filter((name) => name.endsWith('.vantage'))
  .sort()
const read = (name: string) => readFileSync(resolve(FOLDER, name), 'utf8')

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('isAdmin')
})

describe('the fixture set', () => {
  it('has at least 30 refused files and every file is in the manifest (and back)', () => {
    expect(files.filter((name) => manifest[name]?.expect !== 'ok').length).toBeGreaterThanOrEqual(
      30,
    )
    expect(files.filter((name) => name.startsWith('valid-')).length).toBeGreaterThanOrEqual(2)
    expect(Object.keys(manifest).sort()).toEqual(files)
  })

  it('commits no file over ~2 MB', () => {
    for (const name of files) expect(read(name).length, name).toBeLessThan(2.1 * 1024 * 1024)
  })
})

describe.each(files)('%s', (name) => {
  const expectation = manifest[name]!

  it(`is ${expectation.expect === 'ok' ? 'accepted' : `refused as ${expectation.expect}`}: ${expectation.about}`, () => {
    const result = parseSessionFile(read(name))

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
  it('keeps markup in every text field as the very same inert text', () => {
    const text = read('hostile-html-in-every-text-field.vantage')
    const result = parseSessionFile(text)
    if (!result.ok) throw new Error(result.error.detail)
    expect(result.snapshot.workshop.title).toBe(
      `<script>alert("title")</script><img src=x onerror="alert('title')">`,
    )
    expect(result.snapshot.cards[0]!.tags).toEqual(['<svg onload=alert(1)>'])
    // Written back, it is the same file: nothing was escaped, dropped or rewritten on the way.
    expect(serializeSession(result.snapshot, new Date(result.exportedAt))).toBe(text)
  })

  it('writes the realistic workshop back byte for byte', () => {
    const text = read('valid-six-lens-workshop.vantage')
    const result = parseSessionFile(text)
    if (!result.ok) throw new Error(result.error.detail)
    expect(result.snapshot.participants).toHaveLength(6)
    expect(result.snapshot.workshop.template.lenses).toHaveLength(6)
    expect(result.snapshot.ratings).toHaveLength(72)
    expect(result.migratedFrom).toBeNull()
    expect(result.snapshot.workshop.earlier?.lenses).toHaveLength(4)
    expect(result.snapshot.workshop.earlier?.bets[0]?.review.outcome).toBe('ongoing')
    expect(result.snapshot.votes).toHaveLength(1)
    expect(serializeSession(result.snapshot, new Date(result.exportedAt))).toBe(text)
  })

  it('holds the team map of the realistic workshop, both maps and a bet on two teams', () => {
    const result = parseSessionFile(read('valid-six-lens-workshop.vantage'))
    if (!result.ok) throw new Error(result.error.detail)
    const { mapElements, bets } = result.snapshot
    const teams = (side: string) =>
      mapElements.flatMap((e) => (e.side === side && e.kind === 'team' ? [e.name] : []))
    expect(teams('today')).toContain('Web shop')
    expect(teams('target')).toContain('Checkout')
    expect(bets[1]?.teamKeys).toHaveLength(2)
  })

  it('migrates a version 3 file to one with empty maps and bets on no team', () => {
    const result = parseSessionFile(read('valid-v3-before-team-map.vantage'))
    if (!result.ok) throw new Error(result.error.detail)
    expect(result).toMatchObject({ version: SESSION_VERSION, migratedFrom: 3 })
    expect(result.snapshot.mapElements).toEqual([])
    expect(result.snapshot.bets.map((b) => b.teamKeys)).toEqual([[], [], []])
  })

  it('migrates a version 1 file to one compared with no earlier workshop', () => {
    const result = parseSessionFile(read('valid-v1-before-compare.vantage'))
    if (!result.ok) throw new Error(result.error.detail)
    expect(result).toMatchObject({ version: SESSION_VERSION, migratedFrom: 1 })
    expect(result.snapshot.workshop.earlier).toBeNull()
    expect(result.snapshot.ratings).toHaveLength(72)
  })

  it('migrates the early tester file from version 0', () => {
    const result = parseSessionFile(read('valid-v0-early-tester.vantage'))
    if (!result.ok) throw new Error(result.error.detail)
    expect(result).toMatchObject({ version: SESSION_VERSION, migratedFrom: 0 })
    expect(result.snapshot.gapNotes).toEqual([])
    expect(result.snapshot.consensus.every((c) => c.revealed === (c.value !== null))).toBe(true)
    expect(result.snapshot.workshop).toMatchObject({
      startTime: '',
      position: null,
      timer: null,
      earlier: null,
    })
  })

  it('reads escaped control characters as text, and the BOM file as if it had none', () => {
    const controls = parseSessionFile(read('hostile-control-characters-escaped.vantage'))
    if (!controls.ok) throw new Error(controls.error.detail)
    expect(controls.snapshot.participants[0]!.name).toBe('Ana\u0000')
    const bom = parseSessionFile(read('hostile-bom-at-start.vantage'))
    const plain = parseSessionFile(read('hostile-bom-at-start.vantage').slice(1))
    expect(bom).toEqual(plain)
  })
})

describe('a file over the size limit (generated here, never committed)', () => {
  it('is refused as tooLarge before anything is parsed', () => {
    const valid = read('valid-cascade-in-progress.vantage')
    // A valid file padded with whitespace past 51 MB: only its size is wrong.
    const huge = valid.replace(/\n$/, ' '.repeat(51 * 1024 * 1024))
    expect(huge.length).toBeGreaterThan(MAX_SESSION_FILE_BYTES)

    const result = parseSessionFile(huge)
    expect(result).toEqual({
      ok: false,
      error: { code: 'tooLarge', detail: expect.stringContaining('50 MB') },
    })
  })

  it('counts bytes, not characters: 17 million three-byte characters are over 50 MB', () => {
    const huge = `{"title":"${'€'.repeat(17_500_000)}"}`
    expect(huge.length).toBeLessThan(MAX_SESSION_FILE_BYTES)
    expect(parseSessionFile(huge)).toMatchObject({ ok: false, error: { code: 'tooLarge' } })
  })
})
