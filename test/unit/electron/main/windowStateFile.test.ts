// The window-state file against a real temp folder: what is written is read back, and anything
// else found there (missing, broken, tampered with, huge) reads as "nothing saved", never an error.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  MAX_WINDOW_STATE_BYTES,
  WINDOW_STATE_FILE_NAME,
  windowStateFile,
} from '../../../../electron/main/services/windowStateFile'
import type { SavedWindowState } from '../../../../electron/main/windowState'
import { faultyFileSystem, filesIn, osError, useTempFolder } from './services/fsHelpers'

const sandbox = useTempFolder('window-state')
const statePath = () => path.join(sandbox(), WINDOW_STATE_FILE_NAME)

const STATE: SavedWindowState = {
  version: 1,
  bounds: { x: -1700, y: -150, width: 1280, height: 800 },
  displayId: 2779098405,
  maximized: true,
  fullScreen: false,
}

afterEach(() => {
  vi.restoreAllMocks()
})

/** What reading `contents` gives; bad contents are no reason to warn, only failing disks are. */
async function readWith(contents: string | Uint8Array) {
  await writeFile(statePath(), contents)
  const warn = vi.spyOn(console, 'warn')
  const read = await windowStateFile(sandbox()).read()
  expect(warn).not.toHaveBeenCalled()
  warn.mockRestore()
  return read
}

describe('windowStateFile', () => {
  it('writes window-state.json in the folder it is given and reads it back', async () => {
    const file = windowStateFile(sandbox())
    expect(file.filePath).toBe(statePath())
    await file.write(STATE)
    expect(await filesIn(sandbox())).toEqual([WINDOW_STATE_FILE_NAME])
    expect(JSON.parse(await readFile(statePath(), 'utf8'))).toEqual(STATE)
    expect(await windowStateFile(sandbox()).read()).toEqual(STATE)
  })

  it('reads nothing saved, quietly, when there is no file yet', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await windowStateFile(sandbox()).read()).toBeNull()
    expect(await windowStateFile(path.join(sandbox(), 'not-yet')).read()).toBeNull()
    expect(warn).not.toHaveBeenCalled()
  })

  it('reads nothing saved from a file that is not JSON', async () => {
    for (const contents of ['', '{', '{"version":1,', 'null', 'NaN', '[]', '\u0000\u0001']) {
      expect(await readWith(contents), JSON.stringify(contents)).toBeNull()
    }
    expect(await readWith(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))).toBeNull()
  })

  it('reads nothing saved from JSON of the wrong shape', async () => {
    const { bounds } = STATE
    for (const wrong of [
      {},
      { ...STATE, version: 2 },
      { ...STATE, bounds: undefined },
      { ...STATE, bounds: [0, 0, 1280, 800] },
      { ...STATE, bounds: { ...bounds, width: '1280' } },
      { ...STATE, bounds: { ...bounds, height: null } },
      { ...STATE, displayId: '2' },
      { ...STATE, maximized: 'yes' },
      { ...STATE, fullScreen: 1 },
    ]) {
      expect(await readWith(JSON.stringify(wrong)), JSON.stringify(wrong)).toBeNull()
    }
  })

  it('reads nothing saved from numbers no window has: huge, fractional, infinite, negative', async () => {
    const text = JSON.stringify(STATE)
    for (const [from, to] of [
      ['-1700', '1e308'],
      ['-1700', '1e999'],
      ['-1700', '-1e999'],
      ['-1700', '9007199254740993'],
      ['-150', '-150.5'],
      ['1280', '-1280'],
      ['800', '0'],
      ['2779098405', '1e999'],
    ] as const) {
      const changed = text.replace(from, to)
      expect(changed).not.toBe(text)
      expect(await readWith(changed), changed).toBeNull()
    }
    // NaN is not JSON at all.
    expect(await readWith(text.replace('-1700', 'NaN'))).toBeNull()
  })

  it('keeps only the fields it knows, so a prototype key in the file goes nowhere', async () => {
    const hostile = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(STATE).slice(1)}`
    const read = await readWith(hostile)
    expect(read).toEqual(STATE)
    expect(Object.keys(read ?? {}).sort()).toEqual(Object.keys(STATE).sort())
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads a file with a byte order mark in front, as an editor may leave it', async () => {
    expect(await readWith(`\uFEFF${JSON.stringify(STATE)}`)).toEqual(STATE)
  })

  it('refuses a file too large to be its own without parsing it', async () => {
    const padded = JSON.stringify(STATE).replace(
      '{',
      `{"pad":"${'x'.repeat(MAX_WINDOW_STATE_BYTES)}",`,
    )
    const parse = vi.spyOn(JSON, 'parse')
    expect(await readWith(padded)).toBeNull()
    expect(parse).not.toHaveBeenCalled()
  })

  it('reads nothing saved when a folder sits where the file should be', async () => {
    // Windows refuses to open a folder, and says so in the log; elsewhere it is seen to be one.
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    await mkdir(statePath())
    expect(await windowStateFile(sandbox()).read()).toBeNull()
  })

  it('reads nothing saved, with a line in the log, when the disk will not let it read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const file = windowStateFile(path.join(sandbox(), 'file-not-folder'))
    await writeFile(path.join(sandbox(), 'file-not-folder'), 'x')
    expect(await file.read()).toBeNull()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not read the window state/)
  })

  it('refuses to write a state it would not read back, leaving the file as it was', async () => {
    const file = windowStateFile(sandbox())
    await file.write(STATE)
    const broken = { ...STATE, bounds: { ...STATE.bounds, width: Number.NaN } }
    await expect(file.write(broken)).rejects.toThrow()
    expect(await file.read()).toEqual(STATE)
  })

  it('leaves the old file whole when the disk fails mid-write, and writes again after', async () => {
    let failing = true
    const fs = faultyFileSystem({
      write: () => {
        if (failing) throw osError('ENOSPC')
      },
    })
    const file = windowStateFile(sandbox(), { fs })
    await writeFile(statePath(), JSON.stringify(STATE))
    await expect(file.write({ ...STATE, maximized: false })).rejects.toThrow(/disk is full/)
    expect(await filesIn(sandbox())).toEqual([WINDOW_STATE_FILE_NAME])
    expect(await file.read()).toEqual(STATE)
    failing = false
    await file.write({ ...STATE, maximized: false })
    expect(await file.read()).toEqual({ ...STATE, maximized: false })
  })

  it('creates the folder when it is not there yet', async () => {
    const file = windowStateFile(path.join(sandbox(), 'Vantage'))
    await file.write(STATE)
    expect(await file.read()).toEqual(STATE)
  })

  it('writes one after another, so the last state asked for is the one on disk', async () => {
    const file = windowStateFile(sandbox())
    const states = Array.from({ length: 20 }, (_, i) => ({
      ...STATE,
      bounds: { ...STATE.bounds, x: i },
    }))
    await Promise.all(states.map((state) => file.write(state)))
    expect(await file.read()).toEqual(states.at(-1))
    expect(await filesIn(sandbox())).toEqual([WINDOW_STATE_FILE_NAME])
  })
})
