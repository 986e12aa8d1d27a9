/**
 * Figure 4, drag: frame times (rAF to rAF) while a card is dragged with the mouse down a column
 * of 300 cards, held at the bottom edge where the page scrolls, and brought back up; p95 per
 * run. The baseline is the same pointer path over a column of 10 cards.
 */
import { test, type Page } from '@playwright/test'
import { median, percentile, report, RUNS } from './support/figures'
import {
  CARD_SELECTOR,
  importWorkshop,
  openRun,
  renderedAt,
  sessionFile,
  type SessionFile,
} from './support/workshops'

const column = (seed: number, cards: number) =>
  sessionFile({ seed, participants: 8, cards, bets: 4, lenses: 1, columns: ['current'] })

async function dragFrames(page: Page, file: SessionFile): Promise<number> {
  await page.goto('/#/')
  await openRun(page, file)
  await renderedAt(page, CARD_SELECTOR, file.snapshot.cards.length)
  const handle = page.locator(CARD_SELECTOR).first()
  await handle.scrollIntoViewIfNeeded()
  const box = (await handle.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.evaluate(() => {
    const frames: number[] = []
    ;(window as unknown as { __frames: number[] }).__frames = frames
    const loop = (time: number) => {
      frames.push(time)
      if (frames.length < 100_000) requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  })
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y + 10, { steps: 4 })
  await page.mouse.move(x, 790, { steps: 60 })
  await page.mouse.move(x, 795, { steps: 30 })
  await page.mouse.move(x, 400, { steps: 40 })
  await page.mouse.up()
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!)
  return percentile(deltas, 95)
}

test('drag', async ({ page }) => {
  const long = column(300, 300)
  const short = column(10, 10)
  await importWorkshop(page, long)
  await importWorkshop(page, short)
  const big: number[] = []
  const small: number[] = []
  for (let run = 0; run < RUNS; run++) {
    big.push(await dragFrames(page, long))
    small.push(await dragFrames(page, short))
  }
  report(
    'drag, p95 frame time in a column of 300 cards (baseline: 10 cards)',
    { value: median(big), unit: 'ms' },
    { value: median(small), unit: 'ms' },
  )
})
