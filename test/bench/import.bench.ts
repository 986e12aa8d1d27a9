/**
 * Figure 6, import: a 10 MB session file (200 people, 5000 long cards, 1000 bets) opened
 * through the file chooser in a fresh profile, from handing over the file until the app shows
 * the workshop (read, parse, validate, render), and until it is stored (the save indicator says
 * all changes are saved: every record on disk); against JSON.parse of the same text in the same
 * page, timed in the page once the text is there.
 */
import { test, type Page } from '@playwright/test'
import { median, report, RUNS } from './support/figures'
import { chooseFile, headingShownAt, sessionFile } from './support/workshops'

const HUGE = { seed: 10, participants: 200, cards: 5000, bets: 1000, cardWords: 118 }

test('import', async ({ browser }) => {
  const file = sessionFile(HUGE)
  const megabytes = Buffer.byteLength(file.text) / 1024 / 1024
  console.log(`session file: ${megabytes.toFixed(1)} MB`)
  const app: number[] = []
  const stored: number[] = []
  const parse: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const start = await chooseFile(page, file.path)
    app.push((await headingShownAt(page, file.snapshot.workshop.title)) - start)
    stored.push((await savedAt(page)) - start)
    parse.push(
      await page.evaluate((text) => {
        const begin = performance.now()
        JSON.parse(text)
        return performance.now() - begin
      }, file.text),
    )
    await context.close()
  }
  report(
    'import of a 10 MB session file',
    { value: median(app), unit: 'ms' },
    { value: median(parse), unit: 'ms' },
  )
  report(
    'import of a 10 MB session file, until stored',
    { value: median(stored), unit: 'ms' },
    { value: median(parse), unit: 'ms' },
  )
})

/** The wall-clock time of the first frame at which the save indicator says all is saved. */
async function savedAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[role="status"]')].some(
        (s) => s.textContent === 'All changes saved',
      ) && Date.now(),
    null,
    { polling: 'raf', timeout: 300_000 },
  )
  return (await handle.jsonValue()) as number
}
