/**
 * Compare, with a leadership team's autumn and spring workshops whose numbers are known (see
 * support/compareRoom.ts): the gaps ranked as the room would rank them, the lenses where the room
 * agrees on the scores but not on the gap, what moved since autumn (picked from the list and from
 * a session file), the radar drawn where its table says, and all of it in the PDF summary.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ComparePage } from './pages/ComparePage'
import { FilesPage } from './pages/FilesPage'
import { flat, ReportPage, rowPattern } from './pages/ReportPage'
import { AUTUMN, LENSES, SPRING, SPRING_AGREED, writeCompareFiles } from './support/compareRoom'
import { expect, test } from './support/test'

test.setTimeout(120_000)

const A = LENSES

/** Opens both session files (autumn first) and lands on spring's compare tab. */
async function openBoth(page: Page) {
  const folder = await mkdtemp(join(tmpdir(), 'vantage-compare-'))
  const paths = writeCompareFiles(folder)
  const files = new FilesPage(page, folder)
  await files.open(paths.autumn)
  await expect(page.getByRole('heading', { level: 1, name: AUTUMN })).toBeVisible()
  await files.open(paths.spring)
  await expect(page.getByRole('heading', { level: 1, name: SPRING })).toBeVisible()
  const compare = new ComparePage(page)
  await compare.openTab()
  return { compare, paths, files }
}

test('the radar draws exactly what its table says', async ({ page, expectAccessible }) => {
  const { compare } = await openBoth(page)
  const chart = page.getByRole('img', { name: 'Agreed scores per lens: today and the target' })
  await expect(chart).toBeVisible()

  const rows = await compare.rows(compare.table('Agreed scores per lens'))
  expect(rows.map((row) => row.slice(0, 3))).toEqual(
    Object.entries(SPRING_AGREED).map(([id, [today, target]]) => [
      A[id as keyof typeof A],
      String(today),
      String(target),
    ]),
  )
  const drawn = await compare.radarLevels(chart)
  expect(drawn.current).toEqual(rows.map((row) => Number(row[1])))
  expect(drawn.target).toEqual(rows.map((row) => Number(row[2])))

  // Priya's own ratings on top: the chart and the table still agree.
  await page.getByRole('combobox', { name: 'Overlay a person' }).selectOption('Priya Raghunathan')
  const withPriya = compare.table(/with Priya Raghunathan's own/)
  const priya = (await compare.rows(withPriya)).map((row) => [Number(row[4]), Number(row[5])])
  const drawnWithPriya = await compare.radarLevels(
    page.getByRole('img', { name: /with Priya Raghunathan's own/ }),
  )
  expect(drawnWithPriya['person-current']).toEqual(priya.map(([today]) => today))
  expect(drawnWithPriya['person-target']).toEqual(priya.map(([, target]) => target))
  expect(priya[3]).toEqual([5, 5])
  await expectAccessible()
})

test('gaps ranked and the lenses where the room agrees on scores but not on the gap', async ({
  page,
  expectAccessible,
}) => {
  const { compare } = await openBoth(page)
  await compare.show('Gaps ranked')
  const ranking = await compare.rows(compare.table('Lenses ranked by gap'))
  // Equal gaps go to the higher target, then to the agenda order.
  expect(ranking.map((row) => [row[0], row[1], row[4]])).toEqual([
    ['1', A['value-creation'], '3 levels'],
    ['2', A['product-team'], '3 levels'],
    ['3', A.alignment, '2 levels'],
    ['4', A.leadership, '2 levels'],
    ['5', A['organisational-design'], '1 level'],
    ['6', A['cross-functional-integration'], '0 levels'],
  ])
  await expectAccessible()

  await compare.show('Disagreement')
  const flagged = page.getByText('Agrees on the score, not on the gap', { exact: true })
  await expect(flagged).toHaveCount(2)
  const view = page.getByRole('region', { name: /disagree/i }).first()
  for (const lens of [A['organisational-design'], A.leadership])
    await expect(view.getByRole('heading', { name: lens, exact: true })).toBeVisible()
  await expectAccessible()
})

test('what moved since the earlier workshop, from the list and from its session file', async ({
  page,
  expectAccessible,
}) => {
  const { compare, paths } = await openBoth(page)
  await compare.show('Over time')
  // The only other workshop here, and so the one offered first.
  await expect(page.getByRole('combobox', { name: 'Earlier workshop' })).toHaveValue(/.+/)
  await expect(
    page.getByRole('option', { name: `${AUTUMN} · Northwind Logística S.A. · 2 Oct 2025` }),
  ).toBeAttached()
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByText(`Compared with “${AUTUMN}”`)).toBeVisible()

  const expected = [
    [A.alignment, '1', '2', 'Up 1 level', '4', '4', 'No change'],
    [A['organisational-design'], '3', '3', 'No change', '4', '4', 'No change'],
    [A['product-team'], '2', '1', 'Down 1 level', '4', '4', 'No change'],
    [A['value-creation'], '2', '2', 'No change', '4', '5', 'Up 1 level'],
    [
      A['cross-functional-integration'],
      'Not agreed',
      '3',
      'Not comparable',
      'Not agreed',
      '3',
      'Not comparable',
    ],
    [A.leadership, '1', '2', 'Up 1 level', '3', '4', 'Up 1 level'],
  ]
  const deltas = compare.table('Agreed scores then and now, per lens')
  expect(await compare.rows(deltas)).toEqual(expected)
  const moved = page.getByRole('region', { name: 'What moved' })
  await expect(moved).toContainText(`Moved up${A.alignment}, ${A.leadership}`)
  await expect(moved).toContainText(`Moved down${A['product-team']}`)
  await expect(moved).toContainText(
    `Did not move${A['organisational-design']}, ${A['value-creation']}`,
  )
  const overlaid = page.getByRole('img', { name: `This workshop and “${AUTUMN}” overlaid` })
  const drawn = await compare.radarLevels(overlaid)
  expect(drawn['then-current']).toEqual([1, 3, 2, 2, null, 1])
  await expectAccessible()

  // Kept with the workshop: a reload finds it.
  await page.reload()
  await expect(page.getByText(`Compared with “${AUTUMN}”`)).toBeVisible()
  expect(await compare.rows(deltas)).toEqual(expected)

  // The same comparison from the autumn session file, as if it came from another laptop.
  await page.getByRole('button', { name: 'Compare with another workshop' }).click()
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a session file…' }).click()
  await (await choosing).setFiles(paths.autumn)
  await expect(page.getByText('from a session file')).toBeVisible()
  expect(await compare.rows(deltas)).toEqual(expected)
})

test('the PDF summary shows the map, the ranking, the disagreement and what moved', async ({
  page,
}) => {
  const { compare } = await openBoth(page)
  await compare.show('Over time')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByText(`Compared with “${AUTUMN}”`)).toBeVisible()

  const report = new ReportPage(page)
  const id = /#\/workshops\/([^/?]+)/.exec(page.url())?.[1] ?? ''
  await report.open(decodeURIComponent(id))
  const printed = await report.print('compare')
  report.renderPages(printed, 'compare')
  const text = flat(printed.text)
  expect(text).toContain('The map: today and the target')
  expect(text).toMatch(rowPattern(`1 ${A['value-creation']}`, '2 5 +3'))
  expect(text).toMatch(rowPattern(`2 ${A['product-team']}`, '1 4 +3'))
  expect(text.search(rowPattern(`1 ${A['value-creation']}`, '2 5 +3'))).toBeLessThan(
    text.search(rowPattern(`2 ${A['product-team']}`, '1 4 +3')),
  )
  expect(text).toContain('Where the room saw things differently')
  expect(text).toContain(
    `The room agreed on the scores but not on the gap for 2 lenses (${A['organisational-design']}, ${A.leadership})`,
  )
  expect(text).toContain(`Since “${AUTUMN}”`)
  expect(text).toContain(`${A.alignment} 1 2 +1 4 4 0`)
  expect(text).toContain(`${A.leadership} 1 2 +1 3 4 +1`)
})
