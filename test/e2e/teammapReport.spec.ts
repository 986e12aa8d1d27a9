/**
 * The team map as readers and the room see it: a workshop with both maps (opened from a session
 * file) prints every team, every interaction mode and the changes from today to the target into
 * the PDF, with each map as a vector drawing; the projector shows either map or the changes,
 * with nothing on the wall that could be operated.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { FilesPage } from './pages/FilesPage'
import { PresenterPage } from './pages/PresenterPage'
import { flat, ReportPage } from './pages/ReportPage'
import { expect, test } from './support/test'

test.setTimeout(120_000)

const FIXTURE = resolve(import.meta.dirname, '../fixtures/sessions/valid-six-lens-workshop.vantage')
const TITLE = 'Northwind — Leadership offsite “Product 2026”'
const TODAY_TEAMS = ['Web shop', 'Mobile apps', 'Payments', 'IT operations', 'Agile coaches']
const TARGET_TEAMS = [
  'Checkout',
  'Mobile apps',
  'Payments',
  'Developer platform',
  'Discovery coaching',
]
const MODES = ['Collaboration', 'Consult', 'Facilitating', 'X-as-a-service']

async function openFixture(page: Page): Promise<string> {
  const files = new FilesPage(page, await mkdtemp(join(tmpdir(), 'vantage-teammap-')))
  await files.open(FIXTURE)
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  return new ReportPage(page).workshopId()
}

test('the PDF holds both team maps as drawings, every team and mode, and the changes', async ({
  page,
}) => {
  const workshopId = await openFixture(page)
  const report = new ReportPage(page)
  await report.open(workshopId)
  // Vector drawings, not pictures of them: one SVG per map and one for the changes.
  await expect(page.locator('.report-teammap svg.map-drawing')).toHaveCount(3)

  const printed = await report.print('teammap')
  report.renderPages(printed, 'teammap')
  const text = flat(printed.text)
  expect(text).toContain('The team map: today and the target')
  for (const name of [...TODAY_TEAMS, ...TARGET_TEAMS]) expect(text).toContain(name)
  for (const mode of MODES) expect(text).toContain(mode)
  // The table of teams with type and funding, in each map.
  expect(text).toMatch(/Web shop Stream-aligned .*Project/)
  expect(text).toMatch(/Checkout Stream-aligned .*Stable team/)
  // The changes, as sentences.
  expect(text).toContain('What changes from today to the target')
  expect(text).toContain('Checkout: renamed from ‘Web shop’')
  expect(text).toContain('Payments: platform instead of complicated-subsystem')
  // A table cell may break "X-as-a-service" at a hyphen.
  expect(text).toMatch(/Checkout → Payments: X-as-a- ?service instead of collaboration/)
  expect(text).toContain('Agile coaches: no longer on the map')
  expect(text).toContain('Discovery coaching: new enabling team')
  expect(text).toContain('Portfolio sync: new ritual')
  expect(text).toContain('Annual project plan: no longer kept')
  expect(text).toContain('Quarterly business review: renamed from ‘Quarterly project review’')
})

test('the projector shows either team map or the changes, and nothing to operate', async ({
  page,
  expectAccessible,
}) => {
  await openFixture(page)
  const presenter = await PresenterPage.open(page)
  await presenter.page.setViewportSize({ width: 1920, height: 1080 })
  await page.getByRole('button', { name: 'Team map', exact: true }).click()
  const maps = page.getByRole('group', { name: 'The team map shows' })

  await expect(presenter.main).toContainText('Our teams today')
  await expect(presenter.page.getByRole('img', { name: /^Team map: today\./ })).toBeVisible()
  const wall = presenter.page
  for (const role of ['button', 'link', 'textbox', 'checkbox', 'combobox', 'slider'] as const)
    await expect(wall.getByRole(role)).toHaveCount(0)
  await expect(wall.locator('input, select, textarea, [tabindex], [contenteditable]')).toHaveCount(
    0,
  )
  await expectAccessible(wall)

  await maps.getByRole('button', { name: 'Target' }).click()
  await expect(presenter.main).toContainText('Our teams as we want them')
  await expect(wall.getByRole('img', { name: /Developer platform/ })).toBeVisible()

  await maps.getByRole('button', { name: 'Changes' }).click()
  await expect(presenter.main).toContainText('From today to the target')
  await expect(presenter.main).toContainText('Checkout: renamed from ‘Web shop’')
  await expect(wall.getByRole('button')).toHaveCount(0)
  await expect(wall.locator('input, select, textarea, [tabindex]')).toHaveCount(0)
  await expectAccessible(wall)
})
