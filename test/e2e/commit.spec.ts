/**
 * Commit, as a facilitator runs it on one laptop: bets made from the widest gaps, five people's
 * dots entered by proxy and hidden until revealed, the bets ordered by votes and then by keyboard
 * and mouse, one parked, and all of it found again after a reload and in the PDF summary.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CommitPage } from './pages/CommitPage'
import { ComparePage } from './pages/ComparePage'
import { FilesPage } from './pages/FilesPage'
import { flat, ReportPage, titleStart } from './pages/ReportPage'
import { LENSES, SPRING, writeSpringWithoutBets } from './support/compareRoom'
import { expect, test } from './support/test'

test.setTimeout(150_000)

const DISCOVERY = 'Weekly discovery with customers'
const TEAMS = 'Teams own problems, not features'
const STRATEGY = 'One-page strategy everyone can explain'

test('bets from gaps, five people vote, the room prioritises, and it all stays', async ({
  page,
  expectAccessible,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'vantage-commit-'))
  await new FilesPage(page, folder).open(writeSpringWithoutBets(folder))
  await expect(page.getByRole('heading', { level: 1, name: SPRING })).toBeVisible()

  // Bets straight from the gaps the room ranked.
  const compare = new ComparePage(page)
  const commit = new CommitPage(page)
  await compare.openTab()
  await compare.show('Gaps ranked')
  await commit.betFromGap(LENSES['value-creation'], {
    title: DISCOVERY,
    owner: 'Priya Raghunathan',
    horizon: 'Next 90 days',
  })
  await commit.betFromGap(LENSES['product-team'], {
    title: TEAMS,
    owner: 'Jürgen Bäcker',
    horizon: 'This year',
  })
  await commit.betFromGap(LENSES.alignment, {
    title: STRATEGY,
    owner: 'Amara Okafor',
    horizon: 'Next 30 days',
  })
  await commit.openTab()
  await expect(page.getByRole('heading', { name: DISCOVERY })).toBeVisible()
  await expectAccessible()

  // Five people's dots, entered by proxy; nobody sees the count before the reveal.
  await commit.show('Dot voting')
  await commit.enterDots('Amara Okafor', { [DISCOVERY]: 2, [TEAMS]: 1 })
  await commit.enterDots('Jürgen Bäcker', { [DISCOVERY]: 3 })
  await commit.enterDots("Siobhán O'Connell", { [TEAMS]: 3 })
  await commit.enterDots('Mateo García', { [STRATEGY]: 3 })
  await commit.enterDots('Priya Raghunathan', { [DISCOVERY]: 1, [STRATEGY]: 1 })
  await expect(page.getByText('5 of 5 people have spent dots.')).toBeVisible()
  await expect(page.getByText('6 dots')).toHaveCount(0)
  await expectAccessible()
  await page.getByRole('button', { name: 'Reveal the votes' }).click()
  const tally = page.getByRole('list', { name: 'Bets by dots' }).locator(':scope > li')
  await expect(tally).toHaveCount(3)
  await expect(tally.nth(0)).toContainText(DISCOVERY)
  await expect(tally.nth(0)).toContainText('6 dots')
  await expect(tally.nth(0)).not.toContainText('Tied')
  // Teams and strategy have 4 dots each: the tie is there for the room to see.
  for (const [index, tied] of [TEAMS, STRATEGY].entries()) {
    await expect(tally.nth(index + 1)).toContainText(tied)
    await expect(tally.nth(index + 1)).toContainText('4 dots')
    await expect(tally.nth(index + 1)).toContainText('Tied')
  }
  await expectAccessible()

  // Prioritise: seeded from the votes, the line drawn under two, then by keyboard and mouse.
  await commit.show('Prioritise')
  await page.getByRole('button', { name: 'Order by votes' }).click()
  expect(await commit.titles('Waiting')).toEqual([DISCOVERY, TEAMS, STRATEGY])
  await page.getByRole('button', { name: 'Move the line down' }).click()
  await page.getByRole('button', { name: 'Move the line down' }).click()
  await expect(commit.group('Committed').locator('.priority-bet__title')).toHaveText([
    DISCOVERY,
    TEAMS,
  ])
  await commit.keyboardDrag(TEAMS, ['ArrowUp'])
  await expect(commit.group('Committed').locator('.priority-bet__title')).toHaveText([
    TEAMS,
    DISCOVERY,
  ])
  // By mouse, the waiting bet goes to the parking lot.
  await commit.mouseDrag(STRATEGY, commit.group('Parking lot'))
  await expect(commit.group('Parking lot').locator('.priority-bet__title')).toHaveText([STRATEGY])
  expect(await commit.titles('Waiting')).toEqual([])
  await expectAccessible()

  // A reload finds everything where the room left it.
  await commit.waitUntilSaved()
  await page.reload()
  await expect(commit.group('Committed').locator('.priority-bet__title')).toHaveText([
    TEAMS,
    DISCOVERY,
  ])
  expect(await commit.titles('Waiting')).toEqual([])
  expect(await commit.titles('Parking lot')).toEqual([STRATEGY])
  await commit.show('Dot voting')
  await expect(tally.nth(0)).toContainText('6 dots')

  // The summary carries the bets in priority order, the line and the parking lot.
  const report = new ReportPage(page)
  await report.open(report.workshopId())
  const text = flat((await report.print('commit')).text)
  expect(text).toContain('What we commit to')
  // Bet titles may wrap in their cells; their first lines keep the order.
  expect(text).toMatch(
    new RegExp(`1 ${titleStart(TEAMS)} .*2 ${titleStart(DISCOVERY)} .*The commit line`, 'i'),
  )
  expect(text).toMatch(/5 people voted with 3 dots each/)
  expect(text).toMatch(new RegExp(`Parking lot ${STRATEGY}`))
})
