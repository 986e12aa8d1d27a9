/**
 * Figure 5, PDF: the big workshop's print route, from navigation until page.pdf() has returned,
 * against setContent of a static HTML page holding the same text (no app code) until page.pdf()
 * has returned. Same browser; the static page needs no server, so it is set directly.
 */
import { test, type Page } from '@playwright/test'
import { median, report, RUNS } from './support/figures'
import { BIG, importWorkshop, sessionFile } from './support/workshops'

/** At the first frame the print route says it is ready, not when a locator's wait looks again. */
async function printReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.printReady === 'true', null, {
    polling: 'raf',
  })
}

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

test('pdf', async ({ page }) => {
  const file = sessionFile(BIG)
  await importWorkshop(page, file)
  const route = `/#/print/${encodeURIComponent(file.snapshot.workshop.id)}?paper=A4`
  await page.goto(route)
  await printReady(page)
  const text = await page.evaluate(() => document.body.innerText)
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escape(line)}</p>`)
  const html = `<!doctype html><html lang="en"><body>${paragraphs.join('')}</body></html>`

  const app: number[] = []
  const plain: number[] = []
  for (let run = 0; run < RUNS; run++) {
    await page.goto('about:blank')
    let start = Date.now()
    await page.goto(route)
    await printReady(page)
    await page.pdf({ preferCSSPageSize: true, printBackground: true })
    app.push(Date.now() - start)
    start = Date.now()
    await page.setContent(html)
    await page.pdf({ format: 'A4', printBackground: true })
    plain.push(Date.now() - start)
  }
  report(
    'PDF of the big workshop',
    { value: median(app), unit: 'ms' },
    { value: median(plain), unit: 'ms' },
  )
})
