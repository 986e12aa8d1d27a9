/**
 * Figures 3 and 7 (heap): the big workshop (40 people, 6 lenses, 400 cards, 60 bets) against a
 * small one (6 people, 24 cards, 4 bets), each opened through its session file. Time to
 * interactive: navigation to the run screen until the first lens's cards are on screen. Latency:
 * 50 typical actions (15 ratings, 10 reveals, 15 new cards, 10 card moves), each from its key
 * event to the frame painted after it (the probe in support/hooks.ts); p95 per run. The keyboard
 * pick-ups before those moves are timed the same way and reported on their own, so the figure
 * above stays comparable with earlier runs. Peak heap:
 * the largest JSHeapUsedSize Chromium reports (sampled every 100 ms) over opening and acting.
 */
import { test, type Page } from '@playwright/test'
import { dragLiveRegion } from '../e2e/support/drag'
import { median, percentile, report, RUNS } from './support/figures'
import { installProbes, probe, probeGrows } from './support/hooks'
import {
  BIG,
  CARD_SELECTOR,
  importWorkshop,
  openRun,
  renderedAt,
  sessionFile,
  SMALL,
  type SessionFile,
} from './support/workshops'

/** Waits for every earlier input to be painted, runs `act`, and returns its input-to-paint ms. */
async function timed(page: Page, act: () => Promise<void>): Promise<number> {
  await page.waitForFunction(() => window.__bench.painted.length === window.__bench.inputs.length)
  const before = (await probe(page)).painted.length
  await act()
  await probeGrows(page, 'painted', before)
  return (await probe(page)).painted[before]!
}

interface Timings {
  actions: number[]
  pickups: number[]
}

async function actions(page: Page, file: SessionFile, run: number): Promise<Timings> {
  const lens = file.snapshot.workshop.template.lenses[0]!.title
  const people = file.snapshot.participants
  const times: number[] = []
  await page.getByRole('button', { name: `${lens}: Rate today`, exact: true }).click()
  for (let i = 0; i < 15; i++) {
    const person = people[i % people.length]!
    await page.getByRole('button', { name: new RegExp(`^Rate ${person.name} 1:`) }).focus()
    times.push(await timed(page, () => page.keyboard.press(String(1 + ((i + run) % 5)))))
  }
  await page.getByRole('button', { name: `${lens}: Reveal and agree, today`, exact: true }).click()
  const next = page.locator('.step-header').getByRole('button', { name: 'Next step' })
  for (let i = 0; i < 10; i++) {
    await next.focus()
    times.push(await timed(page, () => page.keyboard.press('r')))
  }
  const today = page.getByRole('region', { name: 'Today', exact: true })
  for (let i = 0; i < 15; i++) {
    const text = `Bench card ${run}-${i}: hand-offs slow every release`
    await today.getByRole('textbox', { name: 'Add an observation' }).fill(text)
    times.push(await timed(page, () => page.keyboard.press('Enter')))
    await page.getByText(text, { exact: true }).waitFor()
  }
  const live = dragLiveRegion(page)
  const pickups: number[] = []
  for (let i = 0; i < 10; i++) {
    await today
      .getByRole('button', { name: /^Drag / })
      .nth(i)
      .focus()
    pickups.push(await timed(page, () => page.keyboard.press('Space')))
    await live.filter({ hasText: /^Picked up/ }).waitFor()
    await page.keyboard.press('ArrowDown')
    times.push(await timed(page, () => page.keyboard.press('Space')))
    await live.filter({ hasText: /dropped/ }).waitFor()
  }
  return { actions: times, pickups }
}

interface Outcome {
  interactive: number
  p95: number
  pickupP95: number
  heap: number
}

async function measure(page: Page, file: SessionFile): Promise<Outcome[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const lensId = file.snapshot.workshop.template.lenses[0]!.id
  const cards = file.snapshot.cards.filter((c) => c.lensId === lensId).length
  const outcomes: Outcome[] = []
  for (let run = 0; run < RUNS; run++) {
    // A full page load each run, so that time is counted from navigation start.
    await page.goto('about:blank')
    await cdp.send('HeapProfiler.collectGarbage')
    let heap = 0
    const sample = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics')
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0)
    }
    const sampler = setInterval(() => void sample().catch(() => {}), 100)
    await openRun(page, file)
    const interactive = await renderedAt(page, CARD_SELECTOR, cards)
    const timings = await actions(page, file, run)
    clearInterval(sampler)
    await sample()
    outcomes.push({
      interactive,
      p95: percentile(timings.actions, 95),
      pickupP95: percentile(timings.pickups, 95),
      heap: heap / 1024 / 1024,
    })
  }
  return outcomes
}

test('big workshop', async ({ browser }) => {
  const results: Outcome[][] = []
  for (const options of [BIG, SMALL]) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await installProbes(page)
    const file = sessionFile(options)
    await importWorkshop(page, file)
    results.push(await measure(page, file))
    await context.close()
  }
  const [big, small] = results as [Outcome[], Outcome[]]
  const pick = (list: Outcome[], key: keyof Outcome) => median(list.map((o) => o[key]))
  const figure = (name: string, key: keyof Outcome, unit: string) =>
    report(name, { value: pick(big, key), unit }, { value: pick(small, key), unit })
  figure('big workshop, time to interactive (baseline: small workshop)', 'interactive', 'ms')
  figure('big workshop, p95 interaction latency (baseline: small workshop)', 'p95', 'ms')
  figure('big workshop, p95 keyboard card pick-up (baseline: small workshop)', 'pickupP95', 'ms')
  figure('big workshop, peak JS heap (baseline: small workshop)', 'heap', 'MB')
})
