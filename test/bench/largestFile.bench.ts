/**
 * The largest session file that still opens in under a second: files of the big workshop's
 * shape with more and more cards (as a long cascade of workshops collects them), each opened
 * through the file chooser in a fresh profile until the app shows the workshop, as the import
 * figure does, the import figure's 10 MB file last. The figure is the size of the largest one
 * that opened in time (when all did, the largest this bench builds), beside the 10 MB the issue
 * asks to open in well under a second.
 */
import { test, type Browser } from '@playwright/test'
import { report } from './support/figures'
import { chooseFile, headingShownAt, sessionFile, type SessionFile } from './support/workshops'

const LIMIT_MS = 1_000
/** More and more cards, up to the 5,000 a session file may hold, then the import figure's file. */
const LADDER = [100, 250, 500, 1_000, 2_000, 3_000, 4_000, 5_000].map((cards) => ({
  seed: 11,
  participants: 40,
  cards,
  bets: 60,
  cardWords: 118,
}))
const HUGE = { seed: 10, participants: 200, cards: 5_000, bets: 1_000, cardWords: 118 }

async function openingTime(browser: Browser, file: SessionFile): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const start = await chooseFile(page, file.path)
  const took = (await headingShownAt(page, file.snapshot.workshop.title)) - start
  await context.close()
  return took
}

test('largest file under a second', async ({ browser }) => {
  let largest = 0
  for (const options of [...LADDER, HUGE]) {
    const file = sessionFile(options)
    const megabytes = Buffer.byteLength(file.text) / 1024 / 1024
    const took = await openingTime(browser, file)
    console.log(`${options.cards} cards, ${megabytes.toFixed(1)} MB: ${took} ms`)
    if (took >= LIMIT_MS) break
    largest = megabytes
  }
  report(
    `largest session file opened in under ${LIMIT_MS / 1000} s`,
    { value: largest, unit: 'MB' },
    { value: 10, unit: 'MB' },
  )
})
