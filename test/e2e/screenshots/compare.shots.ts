/** Screenshots of every compare view with a known spring and autumn workshop, both themes, both sizes. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ComparePage, type CompareViewName } from '../pages/ComparePage'
import { FilesPage } from '../pages/FilesPage'
import { AUTUMN, SPRING, writeCompareFiles } from '../support/compareRoom'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

const VIEWS: [CompareViewName, string][] = [
  ['Radar', 'compare-radar'],
  ['Gaps ranked', 'compare-gaps'],
  ['Disagreement', 'compare-disagreement'],
  ['Maps side by side', 'compare-maps'],
  ['Over time', 'compare-over-time'],
]

for (const look of LOOKS) {
  test(`compare views ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
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
    await page.getByRole('combobox', { name: 'Overlay a person' }).selectOption('Priya Raghunathan')
    await shot('compare-radar-person')
  })
}
