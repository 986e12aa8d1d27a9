// The browser platform in the test DOM: downloads through a temporary anchor, opening through a file
// input (refusing a huge file unread), and the print route in a new tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_SESSION_FILE_BYTES } from '@shared/ipc'
import { createWebPlatform, downloadName } from '../../../../renderer/src/platform/web'
import { PlatformError } from '../../../../renderer/src/platform/types'

const platform = createWebPlatform('1.0.0')

let blobs: Blob[]
let anchors: HTMLAnchorElement[]

beforeEach(() => {
  blobs = []
  anchors = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob)
    return `blob:vantage/${blobs.length}`
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    expect(this.isConnected).toBe(true)
    anchors.push(this)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
  document.body.replaceChildren()
})

// The test DOM's Blob may lack text() and arrayBuffer(); FileReader reads it the way a browser would.
function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)])
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(blob)
  })
}

const textOf = async (blob: Blob) => new TextDecoder().decode(new Uint8Array(await bytesOf(blob)))

/** A File as a browser hands it over, with the text() a test DOM may leave out. */
function browserFile(contents: string, name: string): File {
  const file = new File([contents], name)
  Object.defineProperty(file, 'text', { value: () => textOf(file), configurable: true })
  return file
}

describe('saving in a browser', () => {
  it('downloads the session file through a temporary anchor with the right name and type', async () => {
    vi.useFakeTimers()
    await expect(platform.saveSessionFile('Offsite', '{"a":"é"}')).resolves.toEqual({
      saved: true,
      fileName: 'Offsite.vantage',
    })
    expect(anchors).toHaveLength(1)
    const [anchor] = anchors
    expect(anchor?.download).toBe('Offsite.vantage')
    expect(anchor?.href).toBe('blob:vantage/1')
    expect(anchor?.isConnected).toBe(false)
    // The object URL lives until the download has surely started.
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:vantage/1')
    vi.useRealTimers()
    expect(blobs[0]?.type).toBe('application/json')
    expect(await textOf(blobs[0] as Blob)).toBe('{"a":"é"}')
  })

  it('downloads CSV as UTF-8 with one byte order mark', async () => {
    await expect(platform.saveCsv('Scores', 'Équipe,4')).resolves.toEqual({
      saved: true,
      fileName: 'Scores.csv',
    })
    expect(anchors[0]?.download).toBe('Scores.csv')
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8')
    const bytes = await bytesOf(blobs[0] as Blob)
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.slice(3, 5)).toEqual([0xc3, 0x89]) // É
    await platform.saveCsv('Scores.csv', '\uFEFFa')
    expect((await bytesOf(blobs[1] as Blob)).slice(0, 4)).toEqual([0xef, 0xbb, 0xbf, 0x61])
    expect(anchors[1]?.download).toBe('Scores.csv')
  })

  it('keeps only the last segment of a suggested name and adds the extension once', () => {
    expect(downloadName('../x/Offsite', '.vantage')).toBe('Offsite.vantage')
    expect(downloadName('Offsite.VANTAGE', '.vantage')).toBe('Offsite.VANTAGE')
    expect(downloadName('..', '.csv')).toBe('Vantage.csv')
  })
})

describe('opening in a browser', () => {
  let inputs: HTMLInputElement[]

  beforeEach(() => {
    inputs = []
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      inputs.push(this)
    })
  })

  function choose(files: File[]): HTMLInputElement {
    const input = inputs.at(-1)
    if (input === undefined) throw new Error('no file input was opened')
    Object.defineProperty(input, 'files', { value: files })
    input.dispatchEvent(new Event('change'))
    return input
  }

  it('asks for a session file and answers its name and text', async () => {
    const opening = platform.openSessionFile()
    expect(inputs[0]?.type).toBe('file')
    expect(inputs[0]?.accept).toBe('.vantage,application/json')
    const input = choose([browserFile('{"format":"vantage"}', 'offsite.vantage')])
    await expect(opening).resolves.toEqual({
      opened: true,
      fileName: 'offsite.vantage',
      contents: '{"format":"vantage"}',
    })
    expect(input.isConnected).toBe(false)
  })

  it('refuses a file over the limit without reading it', async () => {
    const file = browserFile('{}', 'huge.vantage')
    Object.defineProperty(file, 'size', { value: MAX_SESSION_FILE_BYTES + 1 })
    const text = vi.spyOn(file, 'text')
    const opening = platform.openSessionFile()
    choose([file])
    await expect(opening).rejects.toBeInstanceOf(PlatformError)
    await expect(opening).rejects.toMatchObject({
      code: 'tooLarge',
      message: 'This file is 51 MB; Vantage opens session files of up to 50 MB.',
    })
    expect(text).not.toHaveBeenCalled()
  })

  it('answers opened: false when the picker is cancelled', async () => {
    const opening = platform.openSessionFile()
    const input = inputs[0]
    input?.dispatchEvent(new Event('cancel'))
    await expect(opening).resolves.toEqual({ opened: false })
    expect(input?.isConnected).toBe(false)
  })

  it('answers opened: false when the change brings no file', async () => {
    const opening = platform.openSessionFile()
    choose([])
    await expect(opening).resolves.toEqual({ opened: false })
  })

  it('says plainly when the chosen file cannot be read', async () => {
    const file = browserFile('{}', 'gone.vantage')
    vi.spyOn(file, 'text').mockRejectedValue(new DOMException('NotReadableError'))
    const opening = platform.openSessionFile()
    choose([file])
    await expect(opening).rejects.toMatchObject({ code: 'failed' })
  })
})

describe('the PDF in a browser', () => {
  it('opens the print route in a new tab, in the language asked, to print itself', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window)
    await expect(platform.exportPdf('w 1/2', 'Letter', 'de', 'Report')).resolves.toEqual({
      saved: true,
    })
    expect(open).toHaveBeenCalledWith(
      '#/print/w%201%2F2?paper=Letter&lang=de&autoprint=1',
      '_blank',
    )
  })

  it('says so when the browser blocks the tab', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null)
    await expect(platform.exportPdf('w1', 'A4', 'en', 'Report')).rejects.toMatchObject({
      code: 'blocked',
    })
  })
})

describe('backups in a browser', () => {
  it('are not offered: a tab has no folder of its own', () => {
    expect(platform.backups).toBeNull()
  })
})
