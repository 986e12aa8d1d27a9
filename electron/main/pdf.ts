/**
 * The report as a PDF: the renderer's own print route (`#/print/<id>`) in a hidden window with
 * the main window's hardened preferences, printed once the page says it is ready. The window is
 * closed whatever happens. Page numbers and the footer title come from the route's @page CSS.
 */
import { MainProblemError } from '../../shared/ipc/problems'
import { BrowserWindow } from 'electron'
import type { Language } from '../../shared/i18n/languages'
import { hardenedWebPreferences, rendererEntryUrl } from './window'

export type PaperSize = 'A4' | 'Letter'

export interface PrintOptions {
  /** How long the page may take to say it is ready. */
  timeoutMs?: number
  pollIntervalMs?: number
}

const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_POLL_INTERVAL_MS = 100

/**
 * The print route's URL for one workshop, on the same origin as the main window. The id is
 * percent-encoded, so whatever it holds stays one path segment of the route.
 */
export function printUrl(
  workshopId: string,
  paper: PaperSize,
  language: Language,
  base = rendererEntryUrl(),
): string {
  // eslint-disable-next-line no-control-regex
  if (workshopId.length === 0 || /[\u0000-\u001f\u007f]/.test(workshopId)) {
    throw new MainProblemError(
      { code: 'printIdInvalid' },
      'This workshop cannot be printed: its id is not valid.',
    )
  }
  const [page = base] = base.split('#')
  return `${page}#/print/${encodeURIComponent(workshopId)}?paper=${paper}&lang=${language}`
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits for the print route to set `document.body.dataset.printReady`: 'true' when it has drawn
 * the report, 'failed' when it could not. Scripts run while the page loads may throw; that only
 * means "not yet".
 */
async function waitUntilReady(window: BrowserWindow, timeoutMs: number, pollIntervalMs: number) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (window.isDestroyed()) {
      throw new MainProblemError(
        { code: 'printWindowClosed' },
        'The report window closed before it was printed.',
      )
    }
    let state: unknown
    try {
      state = await window.webContents.executeJavaScript('document.body?.dataset.printReady')
    } catch {
      state = undefined
    }
    if (state === 'true') return
    if (state === 'failed' || state === 'error') {
      throw new MainProblemError(
        { code: 'printFailed' },
        'The report could not be prepared for printing.',
      )
    }
    if (Date.now() >= deadline) {
      throw new MainProblemError(
        { code: 'printTimedOut' },
        'The report took too long to prepare, so no PDF was made. Try again.',
      )
    }
    await delay(pollIntervalMs)
  }
}

/** Prints the workshop's report to PDF bytes; the hidden window never outlives the call. */
export async function printWorkshopToPdf(
  workshopId: string,
  paper: PaperSize,
  language: Language,
  options: PrintOptions = {},
): Promise<Uint8Array> {
  const url = printUrl(workshopId, paper, language)
  const window = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    // A hidden window would otherwise have its timers and frames throttled while it lays out.
    webPreferences: { ...hardenedWebPreferences(), backgroundThrottling: false },
  })
  try {
    await window.loadURL(url)
    await waitUntilReady(
      window,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    )
    return await window.webContents.printToPDF({
      pageSize: paper,
      printBackground: true,
      preferCSSPageSize: true,
    })
  } finally {
    if (!window.isDestroyed()) window.destroy()
  }
}
