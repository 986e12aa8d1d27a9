/** Screenshots of every compare view with a known spring and autumn workshop, both themes, both sizes. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ComparePage, type CompareViewName } from '../pages/ComparePage'
import { FilesPage } from '../pages/FilesPage'
import { AUTUMN, SPRING, writeCompareFiles } from '../support/compareRoom'
import { expect, test } from '../support/test'

const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

const VIEWS: [CompareViewName, string][] = [
  ['Radar', 'compare-radar'],
  ['Gaps ranked', 'compare-gaps'],
  ['Disagreement', 'compare-disagreement'],
  ['Maps side by side', 'compare-maps'],
  ['Over time', 'compare-over-time'],
]

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    test(`compare views ${colorScheme} ${width}x${height}`, async ({ page }) => {
      const shot = (name: string) =>
        page.screenshot({ path: `${OUT}/${name}-${colorScheme}-${width}x${height}.png` })
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width, height })
      const folder = await mkdtemp(join(tmpdir(), 'vantage-shots-'))
      const paths = writeCompareFiles(folder)
      const files = new FilesPage(page, folder)
      await files.open(paths.autumn)
      await expect(page.getByRole('heading', { level: 1, name: AUTUMN })).toBeVisible()
      await files.open(paths.spring)
      await expect(page.getByRole('heading', { level: 1, name: SPRING })).toBeVisible()
      const compare = new ComparePage(page)
      await compare.openTab()
      for (const [view, name] of VIEWS) {
        await compare.show(view)
        if (view === 'Over time') {
          await page.getByRole('button', { name: 'Compare' }).click()
          await expect(page.getByText(`Compared with “${AUTUMN}”`)).toBeVisible()
        }
        await shot(name)
      }
      await compare.show('Radar')
      await page
        .getByRole('combobox', { name: 'Overlay a person' })
        .selectOption('Priya Raghunathan')
      await shot('compare-radar-person')
    })
  }
}
