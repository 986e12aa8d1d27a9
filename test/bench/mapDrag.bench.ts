/**
 * Figure: team map drag. Frame times (rAF to rAF) while a team is dragged with the mouse across
 * the canvas of a 60-team map with 150 interactions, there and back; p95 per run. The baseline
 * is the same pointer path over a map with one team and nothing else on the canvas.
 */
import { test, type Page } from '@playwright/test'
import { median, percentile, report, RUNS } from './support/figures'
import { importWorkshop, renderedAt, sessionFile, type SessionFile } from './support/workshops'

const NODE_SELECTOR = '.react-flow__node'

const map = (seed: number, teams: number, interactions: number) =>
  sessionFile({ seed, participants: 4, cards: 0, bets: 0, lenses: 2, map: { teams, interactions } })

async function dragFrames(page: Page, file: SessionFile): Promise<number> {
  const id = file.snapshot.workshop.id
  await page.goto('/#/')
  await page.goto(`/#/workshops/${encodeURIComponent(id)}/map/today`)
  await renderedAt(page, NODE_SELECTOR, file.snapshot.mapElements.filter(isTodayTeam).length)
  const node = page.locator(NODE_SELECTOR).first()
  const box = (await node.boundingBox())!
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
  await page.mouse.move(x + 10, y + 10, { steps: 4 })
  await page.mouse.move(x + 300, y + 200, { steps: 60 })
  await page.mouse.move(x, y, { steps: 60 })
  await page.mouse.up()
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames)
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!)
  return percentile(deltas, 95)
}

const isTodayTeam = (e: SessionFile['snapshot']['mapElements'][number]) =>
  e.side === 'today' && e.kind === 'team'

test('map drag', async ({ page }) => {
  const big = map(60, 60, 150)
  const empty = map(61, 1, 0)
  await importWorkshop(page, big)
  await importWorkshop(page, empty)
  const bigRuns: number[] = []
  const emptyRuns: number[] = []
  for (let run = 0; run < RUNS; run++) {
    bigRuns.push(await dragFrames(page, big))
    emptyRuns.push(await dragFrames(page, empty))
  }
  report(
    'map drag, p95 frame time with 60 teams and 150 interactions (baseline: one team)',
    { value: median(bigRuns), unit: 'ms' },
    { value: median(emptyRuns), unit: 'ms' },
  )
})
