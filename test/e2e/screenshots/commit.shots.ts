/** Screenshots of the commit views with three bets made from gaps and five people's dots. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CommitPage } from '../pages/CommitPage'
import { ComparePage } from '../pages/ComparePage'
import { FilesPage } from '../pages/FilesPage'
import { LENSES, SPRING, writeSpringWithoutBets } from '../support/compareRoom'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

const REVIEWING = resolve(
  import.meta.dirname,
  '../../fixtures/sessions/valid-six-lens-workshop.vantage',
)

for (const look of LOOKS) {
  test(`commit views ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    const folder = await mkdtemp(join(tmpdir(), 'vantage-shots-'))
    const files = new FilesPage(page, folder)
    await files.open(writeSpringWithoutBets(folder))
    await expect(page.getByRole('heading', { level: 1, name: SPRING })).toBeVisible()
    const compare = new ComparePage(page)
    const commit = new CommitPage(page)
    await compare.openTab()
    await compare.show('Gaps ranked')
    await page.getByRole('button', { name: `Make a bet on ${LENSES['value-creation']}` }).click()
    await shot('commit-bet-form')
    await page.keyboard.press('Escape')
    const bets = [
      [LENSES['value-creation'], 'Weekly discovery with customers', 'Priya Raghunathan'],
      [LENSES['product-team'], 'Teams own problems, not features', 'Jürgen Bäcker'],
      [LENSES.alignment, 'One-page strategy everyone can explain', 'Amara Okafor'],
    ] as const
    for (const [lens, title, owner] of bets)
      await commit.betFromGap(lens, { title, owner, horizon: 'Next 90 days' })
    await commit.openTab()
    await shot('commit-bets')
    await commit.show('Dot voting')
    await commit.enterDots('Amara Okafor', { [bets[0][1]]: 2, [bets[1][1]]: 1 })
    await commit.enterDots('Jürgen Bäcker', { [bets[0][1]]: 3 })
    await commit.enterDots("Siobhán O'Connell", { [bets[1][1]]: 3 })
    await commit.enterDots('Mateo García', { [bets[2][1]]: 2 })
    await shot('commit-voting')
    await page.getByRole('button', { name: 'Reveal the votes' }).click()
    await shot('commit-voting-revealed')
    await commit.show('Prioritise')
    await page.getByRole('button', { name: 'Order by votes' }).click()
    await page.getByRole('button', { name: 'Move the line down' }).click()
    await page.getByRole('button', { name: `Park “${bets[2][1]}”` }).click()
    await shot('commit-prioritise')

    // The same workshop as spring, as it was before: kept beside it.
    await files.open(REVIEWING)
    await page.getByRole('button', { name: 'Keep both' }).click()
    await commit.openTab()
    await commit.show('Review earlier bets')
    await shot('commit-review')
  })
}
