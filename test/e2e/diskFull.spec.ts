/**
 * The disk fills up in the middle of rating: the rating stays on screen, the facilitator is told
 * in plain words and saves a session file that holds it; once space is back, the app saves what
 * it kept, and after a reload nothing is missing.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FacilitatePage } from './pages/FacilitatePage'
import { FilesPage } from './pages/FilesPage'
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import { installDiskSwitch, setDiskFull } from './support/fullDisk'
import { expect, test } from './support/test'

const PEOPLE = ['Amara Okafor', 'Jonas Weber', 'Priya Raman']

test('a full disk keeps the rating on screen, in a session file, and on disk once space is back', async ({
  page,
  expectAccessible,
}) => {
  await installDiskSwitch(page)
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Leadership offsite' })
  await new PreparePage(page).pasteList(PEOPLE)
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.waitUntilSaved()

  await setDiskFull(page, true)
  await run.rateAll(PEOPLE[0]!, ['2', '3', '4'])
  const notice = page.getByRole('heading', {
    name: 'The disk is full: your latest changes are not saved yet',
  })
  await expect(notice).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible()
  await expect(page.getByText('3 of 3 rated')).toBeVisible()
  await expectAccessible()

  const folder = await mkdtemp(join(tmpdir(), 'vantage-full-disk-'))
  const saved = await new FilesPage(page, folder).downloadVia(
    page.getByRole('button', { name: 'Save a session file now' }),
  )
  const file = JSON.parse(saved.text) as { ratings: { value: number }[] }
  expect(file.ratings.map((r) => r.value).sort()).toEqual([2, 3, 4])

  // Asking again while the disk is still full changes nothing: the notice stays.
  await page.getByRole('button', { name: 'Try again now' }).click()
  await expect(notice).toBeVisible()

  // Once there is space, the next of the retries (at most ten seconds apart) saves everything,
  // without anyone asking.
  await setDiskFull(page, false)
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 15_000,
  })
  await expect(notice).toBeHidden()

  await page.reload()
  await expect(page.getByText('3 of 3 rated')).toBeVisible()
})
