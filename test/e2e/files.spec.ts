/**
 * Take home and bring back: a session file saved in one browser profile opens in a fresh one
 * as the same workshop; opening it again asks replace or keep both; a bad file changes nothing
 * and says what is wrong; the CSV of ratings opens cleanly in a spreadsheet.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { FacilitatePage } from './pages/FacilitatePage'
import { FilesPage } from './pages/FilesPage'
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import { expect, test } from './support/test'

const PEOPLE = ['Okafor, Amara', 'Jonas "JW" Weber', 'Priya Raman']
const FIXTURES = resolve(import.meta.dirname, '../fixtures/sessions')

async function workshopWithRatings(page: Page) {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Leadership offsite, spring', organisation: 'Northwind' })
  await new PreparePage(page).pasteList(PEOPLE)
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.rateAll(PEOPLE[0]!, ['2', '3', '0'])
  await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
  await run.reveal()
  await run.agree(2)
  await run.waitUntilSaved()
  return run
}

test('a session file saved here opens in a fresh profile as the same workshop', async ({
  page,
  browser,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'vantage-files-'))
  await workshopWithRatings(page)
  const saved = await new FilesPage(page, folder).download('Save session file')
  expect(saved.name).toBe('Leadership offsite, spring.vantage')
  expect(JSON.parse(saved.text)).toMatchObject({
    format: 'vantage-session',
    version: expect.any(Number),
  })

  const fresh = await browser.newContext({ baseURL: page.url().split('#')[0] })
  const other = await fresh.newPage()
  const files = new FilesPage(other, folder)
  await files.open(saved.path)
  await expect(
    other.getByRole('heading', { level: 1, name: 'Leadership offsite, spring' }),
  ).toBeVisible()
  expect(await new PreparePage(other).participantNames()).toEqual(PEOPLE)
  await other.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(other)
  await run.stepButton('Alignment', 'Reveal and agree, today').click()
  await expect(other.getByRole('radio', { name: /^2:/ })).toBeChecked()
  await expect(other.getByText('Median 2.5')).toBeVisible()

  // The same file again: the workshop is already here.
  await files.open(saved.path)
  await files
    .existsDialog('Leadership offsite, spring')
    .getByRole('button', { name: 'Keep both' })
    .click()
  await expect(
    other.getByRole('heading', { level: 1, name: 'Leadership offsite, spring (from file)' }),
  ).toBeVisible()
  await files.open(saved.path)
  await files
    .existsDialog('Leadership offsite, spring')
    .getByRole('button', { name: 'Replace it' })
    .click()
  await expect(
    other.getByRole('heading', { level: 1, name: 'Leadership offsite, spring', exact: true }),
  ).toBeVisible()
  await new FacilitatePage(other).waitUntilSaved()
  await new HomePage(other).goto()
  expect((await new HomePage(other).titles()).sort()).toEqual([
    'Leadership offsite, spring',
    'Leadership offsite, spring (from file)',
  ])
  await fresh.close()
})

for (const [file, says] of [
  ['bad-truncated-at-half.vantage', /cut off|ends/i],
  ['bad-score-6.vantage', /1 to 5|score/i],
  ['bad-other-app-json.vantage', /not a Vantage session file/i],
  ['bad-version-99.vantage', /newer version/i],
] as const) {
  test(`${file} is refused with a clear message and changes nothing`, async ({
    page,
    expectAccessible,
  }) => {
    const home = new HomePage(page)
    await home.goto()
    await home.createWorkshop({ title: 'Kept as it is' })
    const files = new FilesPage(page, tmpdir())
    await files.open(join(FIXTURES, file))
    await expect(files.problem).toContainText(says)
    await expectAccessible()
    await files.problem.getByRole('button', { name: 'Close' }).click()
    expect(await home.titles()).toEqual(['Kept as it is'])
  })
}

test('the CSV has one row per person, lens and state, and survives commas and quotes', async ({
  page,
}) => {
  await workshopWithRatings(page)
  const csv = await new FilesPage(page, await mkdtemp(join(tmpdir(), 'vantage-csv-'))).download(
    'Export ratings CSV',
  )
  expect(csv.name).toBe('Leadership offsite, spring.csv')
  expect(csv.text.charCodeAt(0)).toBe(0xfeff)
  const rows = Papa.parse<string[]>(csv.text.slice(1).trim()).data
  expect(rows[0]).toEqual(['Participant', 'Role', 'Lens', 'State', 'Score', 'Note', 'Revealed'])
  expect(rows).toHaveLength(1 + PEOPLE.length * 6 * 2)
  expect(rows).toContainEqual(['Okafor, Amara', '', 'Alignment', 'Current', '2', '', 'Yes'])
  expect(rows).toContainEqual(['Priya Raman', '', 'Alignment', 'Current', 'Unsure', '', 'Yes'])
  expect(rows.filter((r) => r[0] === 'Jonas "JW" Weber')).toHaveLength(12)
  // Not revealed yet: the target ratings stay out of the file.
  expect(rows.filter((r) => r[3] === 'Target' && r[4] !== '')).toEqual([])
})

test('in a browser the backups page explains where copies come from', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/#/backups')
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible()
  await expect(page.getByText('In a browser, Vantage keeps no backups of its own.')).toBeVisible()
  await expectAccessible()
})
