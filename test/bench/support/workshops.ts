/**
 * Getting generated workshops into the app as a person does: written as .vantage session files
 * and opened through the home screen's Open session file button and the browser's file chooser.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { WorkshopSnapshot } from '@shared/domain'
import { serializeSession } from '@shared/schema/sessionFile'
import { bigWorkshop, type BigWorkshopOptions } from '../../support/bigWorkshop'

const EXPORTED_AT = new Date('2025-03-04T17:00:00Z')
const folder = mkdtempSync(join(tmpdir(), 'vantage-bench-'))

/** The big workshop: 40 participants, 6 lenses, 400 cards, 60 bets. */
export const BIG: BigWorkshopOptions = { seed: 8, participants: 40, cards: 400, bets: 60 }
/** The small one it is compared with where the issue names no baseline of its own. */
export const SMALL: BigWorkshopOptions = { seed: 9, participants: 6, cards: 24, bets: 4 }

export interface SessionFile {
  snapshot: WorkshopSnapshot
  path: string
  text: string
}

export function sessionFile(options: BigWorkshopOptions): SessionFile {
  const snapshot = bigWorkshop(options)
  const text = serializeSession(snapshot, EXPORTED_AT)
  const path = join(folder, `bench-${options.seed}-${options.cards}.vantage`)
  writeFileSync(path, text)
  return { snapshot, path, text }
}

/**
 * Opens the file chooser from the home screen and hands it the file; resolves once it is handed
 * over, with the time (Date.now) it was, for figures that time the opening from there.
 */
export async function chooseFile(page: Page, path: string): Promise<number> {
  await page.goto('/#/')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open session file' }).click()
  const chooser = await choosing
  const start = Date.now()
  await chooser.setFiles(path)
  return start
}

/**
 * The wall-clock time (Date.now, the same clock the test reads) of the first frame in which the
 * workshop's heading is on the page: polled at every frame in the page, so the figure is not
 * rounded up to the steps at which a locator's wait looks again (up to half a second).
 */
export async function headingShownAt(page: Page, title: string): Promise<number> {
  const handle = await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('h1')].some((h) => h.textContent === name) && Date.now(),
    title,
    { polling: 'raf', timeout: 300_000 },
  )
  return (await handle.jsonValue()) as number
}

/** Opens a session file and waits until the app shows its workshop. */
export async function importWorkshop(page: Page, file: SessionFile) {
  await chooseFile(page, file.path)
  await page
    .getByRole('heading', { level: 1, name: file.snapshot.workshop.title, exact: true })
    .waitFor()
  // The import finishes its own navigation and saving after the heading shows: let it settle.
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor()
  await page.waitForTimeout(500)
}

/** The run screen at the workshop's saved position (the first lens's reveal, with its cards). */
export async function openRun(page: Page, file: SessionFile) {
  const id = encodeURIComponent(file.snapshot.workshop.id)
  await page.goto(`/#/workshops/${id}/run`)
  await page.getByRole('navigation', { name: 'Workshop steps' }).waitFor()
}

/** Resolves, in ms since navigation start, once `selector` matches `count` elements at a frame. */
export async function renderedAt(page: Page, selector: string, count = 1): Promise<number> {
  const handle = await page.waitForFunction(
    ([s, n]) => document.querySelectorAll(s as string).length >= (n as number) && performance.now(),
    [selector, count] as const,
    { polling: 'raf', timeout: 120_000 },
  )
  return (await handle.jsonValue()) as number
}

export const CARD_SELECTOR = '[data-testid^="cards-drop-"] button[aria-label^="Drag "]'
