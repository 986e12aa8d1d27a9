// The PDF: the print route in a hidden, hardened window on the app's origin, printed once the
// page says it is ready, and the window gone afterwards whatever happened.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectronWithFiles, type FakeElectronWithFiles } from '../fakeElectronFiles'
import type * as PdfModule from '../../../../electron/main/pdf'
import type * as WindowModule from '../../../../electron/main/window'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../fakeElectronModule')).electronModule(() => electron.fake),
)

let pdf: typeof PdfModule
let windowModule: typeof WindowModule
const WORKSHOP = '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10'
const quick = { timeoutMs: 200, pollIntervalMs: 5 }

beforeEach(async () => {
  electron.fake = createFakeElectronWithFiles()
  await electron.fake.app.makeReady()
  vi.resetModules()
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  pdf = await import('../../../../electron/main/pdf')
  windowModule = await import('../../../../electron/main/window')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

function printWindow() {
  const window = electron.fake.BrowserWindow.instances.at(-1)
  if (window === undefined) throw new Error('no print window was created')
  return window as InstanceType<FakeElectronWithFiles['BrowserWindow']>
}

describe('printUrl', () => {
  it("is the app origin's print route for the workshop, with the paper size", () => {
    expect(pdf.printUrl(WORKSHOP, 'A4', 'en')).toBe(
      `app://vantage/index.html#/print/${WORKSHOP}?paper=A4&lang=en`,
    )
    expect(pdf.printUrl(WORKSHOP, 'Letter', 'en')).toBe(
      `app://vantage/index.html#/print/${WORKSHOP}?paper=Letter&lang=en`,
    )
  })

  it('keeps any id inside one path segment of the route', () => {
    const url = pdf.printUrl('../x?paper=Letter#/home', 'A4', 'en')
    expect(url).toBe(
      'app://vantage/index.html#/print/..%2Fx%3Fpaper%3DLetter%23%2Fhome?paper=A4&lang=en',
    )
    expect(url.startsWith('app://vantage/index.html#/print/')).toBe(true)
  })

  it('asks for the report in the language it was given', () => {
    expect(pdf.printUrl('w1', 'A4', 'fr')).toBe(
      'app://vantage/index.html#/print/w1?paper=A4&lang=fr',
    )
  })

  it('refuses an id with control characters', () => {
    expect(() => pdf.printUrl('a\nb', 'A4', 'en')).toThrow(/not valid/)
    expect(() => pdf.printUrl('', 'A4', 'en')).toThrow(/not valid/)
  })

  it('follows the main window to the dev server in an unpackaged dev run, and only then', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    expect(pdf.printUrl('w1', 'A4', 'en')).toBe('http://localhost:5173/#/print/w1?paper=A4&lang=en')
    electron.fake.app.isPackaged = true
    expect(pdf.printUrl('w1', 'A4', 'en')).toBe(
      'app://vantage/index.html#/print/w1?paper=A4&lang=en',
    )
  })
})

describe('printWorkshopToPdf', () => {
  it('prints from a hidden window with the hardened preferences of the main window', async () => {
    const bytes = await pdf.printWorkshopToPdf(WORKSHOP, 'A4', 'en', quick)
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake')
    const window = printWindow()
    const { webPreferences, show } = window.options as {
      webPreferences: Record<string, unknown>
      show: boolean
    }
    expect(show).toBe(false)
    expect(webPreferences).toEqual({
      ...windowModule.hardenedWebPreferences(),
      backgroundThrottling: false,
    })
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(window.loadURL).toHaveBeenCalledWith(
      `app://vantage/index.html#/print/${WORKSHOP}?paper=A4&lang=en`,
    )
    expect(electron.fake.page.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    })
    expect(window.destroy).toHaveBeenCalledTimes(1)
  })

  it('waits for the page to say it is ready before printing', async () => {
    const answers: unknown[] = [undefined, 'loading-throws', 'false', 'true']
    electron.fake.page.executeJavaScript.mockImplementation(async () => {
      const answer = answers.shift()
      if (answer === 'loading-throws') throw new Error('Script failed to execute')
      return answer
    })
    electron.fake.page.printToPDF.mockImplementation(async () => {
      expect(answers).toEqual([])
      return Buffer.from('%PDF')
    })
    await pdf.printWorkshopToPdf(WORKSHOP, 'Letter', 'en', quick)
    expect(electron.fake.page.executeJavaScript).toHaveBeenCalledTimes(4)
    expect(electron.fake.page.executeJavaScript.mock.calls[0]?.[0]).toMatch(
      /document\.body\??\.dataset\.printReady/,
    )
    expect(electron.fake.page.printToPDF.mock.calls[0]?.[0]).toMatchObject({ pageSize: 'Letter' })
  })

  it('gives up after the timeout and closes the window', async () => {
    electron.fake.page.executeJavaScript.mockResolvedValue(undefined)
    await expect(pdf.printWorkshopToPdf(WORKSHOP, 'A4', 'en', quick)).rejects.toThrow(/too long/)
    expect(electron.fake.page.printToPDF).not.toHaveBeenCalled()
    expect(printWindow().destroy).toHaveBeenCalledTimes(1)
  })

  it.each(['failed', 'error'])(
    "stops at once when the page reports '%s' instead of ready",
    async (state) => {
      electron.fake.page.executeJavaScript.mockResolvedValue(state)
      await expect(pdf.printWorkshopToPdf(WORKSHOP, 'A4', 'en', quick)).rejects.toThrow(
        /could not be prepared/,
      )
      expect(electron.fake.page.executeJavaScript).toHaveBeenCalledTimes(1)
      expect(printWindow().destroy).toHaveBeenCalledTimes(1)
    },
  )

  it('closes the window when printing fails', async () => {
    electron.fake.page.printToPDF.mockRejectedValueOnce(new Error('printing failed'))
    await expect(pdf.printWorkshopToPdf(WORKSHOP, 'A4', 'en', quick)).rejects.toThrow(
      'printing failed',
    )
    expect(printWindow().destroy).toHaveBeenCalledTimes(1)
    expect(electron.fake.BrowserWindow.getAllWindows()).toEqual([])
  })

  it('closes the window when the page does not load', async () => {
    const loadFailure = new Error('ERR_FILE_NOT_FOUND')
    electron.fake.page.load.mockRejectedValueOnce(loadFailure)
    await expect(pdf.printWorkshopToPdf(WORKSHOP, 'A4', 'en', quick)).rejects.toBe(loadFailure)
    expect(electron.fake.page.executeJavaScript).not.toHaveBeenCalled()
    expect(printWindow().destroy).toHaveBeenCalledTimes(1)
  })

  it('stops waiting when the window is closed from outside', async () => {
    electron.fake.page.executeJavaScript.mockImplementation(async () => {
      printWindow().destroyed = true
      return undefined
    })
    await expect(pdf.printWorkshopToPdf(WORKSHOP, 'A4', 'en', quick)).rejects.toThrow(/closed/)
    expect(printWindow().destroy).not.toHaveBeenCalled()
  })
})
