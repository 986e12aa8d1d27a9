/**
 * Memory over a long day: the big workshop through an hour's worth of edits (900: ratings, new
 * cards deleted again, reveals shown and hidden, in cycles of ten), its JS heap read after a
 * forced garbage collection once the first 100 edits are done and again at the end. The undo
 * history is bounded (HISTORY_LIMIT), so the heap should end where it was: the figure is the end
 * against the start, and a ratio well above 1 is a leak.
 */
import { test, type CDPSession, type Page } from '@playwright/test'
import { report } from './support/figures'
import { BIG, importWorkshop, openRun, sessionFile, type SessionFile } from './support/workshops'

const CYCLES = 90
const WARM_UP = 10

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024
}

/** Ten edits: six ratings, a card added and deleted, the reveal shown and hidden. */
async function cycle(page: Page, file: SessionFile, n: number) {
  const lens = file.snapshot.workshop.template.lenses[0]!.title
  const people = file.snapshot.participants
  await page.getByRole('button', { name: `${lens}: Rate today`, exact: true }).click()
  for (let i = 0; i < 6; i++) {
    const person = people[(n * 6 + i) % people.length]!
    await page.getByRole('button', { name: new RegExp(`^Rate ${person.name} 1:`) }).focus()
    await page.keyboard.press(String(1 + ((n + i) % 5)))
  }
  await page.getByRole('button', { name: `${lens}: Reveal and agree, today`, exact: true }).click()
  const today = page.getByRole('region', { name: 'Today', exact: true })
  const text = `Long day card ${n}: the same hand-off, again`
  await today.getByRole('textbox', { name: 'Add an observation' }).fill(text)
  await page.keyboard.press('Enter')
  const card = page.locator('.card', { hasText: text })
  await card.getByRole('button', { name: 'Delete' }).click()
  await card.waitFor({ state: 'detached' })
  const next = page.locator('.step-header').getByRole('button', { name: 'Next step' })
  for (let i = 0; i < 2; i++) {
    await next.focus()
    await page.keyboard.press('r')
  }
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor()
}

test('memory over a long day', async ({ page }) => {
  const file = sessionFile(BIG)
  await importWorkshop(page, file)
  await openRun(page, file)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  for (let n = 0; n < WARM_UP; n++) await cycle(page, file, n)
  const start = await heapMb(cdp)
  for (let n = WARM_UP; n < CYCLES; n++) await cycle(page, file, n)
  const end = await heapMb(cdp)
  report(
    `big workshop heap after ${CYCLES * 10} edits (baseline: after ${WARM_UP * 10})`,
    { value: end, unit: 'MB' },
    { value: start, unit: 'MB' },
  )
})
