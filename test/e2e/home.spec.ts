/** The home screen: creating, renaming, duplicating, deleting and undoing, by mouse and keyboard. */
import { HomePage } from './pages/HomePage'
import { WorkshopPage } from './pages/WorkshopPage'
import { expect, test } from './support/test'

const OFFSITE = {
  title: 'Leadership offsite, spring',
  organisation: 'Northwind Logistics',
  date: '2026-03-12',
  facilitator: 'Amara Okafor',
}

test('a new workshop is listed with its details and survives a reload', async ({ page }) => {
  const home = new HomePage(page)
  await home.goto()
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible()

  await home.createWorkshop(OFFSITE)
  await new WorkshopPage(page).backToList()

  const item = home.item(OFFSITE.title)
  await expect(item).toContainText('Northwind Logistics')
  await expect(item).toContainText('12 Mar 2026')
  await expect(item).toContainText(/Last edited (just now|\d+ seconds? ago)/)

  await page.reload()
  await expect(home.item(OFFSITE.title)).toContainText('Northwind Logistics')
})

test('an empty title is refused with a clear message and creates nothing', async ({ page }) => {
  const home = new HomePage(page)
  await home.goto()
  await home.newWorkshopButton.click()
  await home.fillDetails({ title: '   ', organisation: 'Northwind Logistics' })
  await home.dialog.getByRole('button', { name: 'Create workshop' }).click()

  const title = home.dialog.getByLabel('Title')
  await expect(home.dialog.getByText('Give the workshop a title.')).toBeVisible()
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(title).toBeFocused()

  await home.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(home.dialog).toBeHidden()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible()
})

test('rename, duplicate, delete and undo with the mouse, all kept after reload', async ({
  page,
}) => {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop(OFFSITE)
  await new WorkshopPage(page).backToList()

  await home.rename(OFFSITE.title, 'Leadership offsite, autumn')
  await expect(home.item('Leadership offsite, autumn')).toBeVisible()
  await expect(home.item(OFFSITE.title)).toHaveCount(0)

  await home.duplicate('Leadership offsite, autumn')
  await expect(home.status).toContainText('Created “Leadership offsite, autumn (copy)”.')
  await expect(home.item('Leadership offsite, autumn (copy)')).toContainText('Northwind Logistics')

  await home.startDelete('Leadership offsite, autumn')
  await expect(home.alertDialog).toContainText('Delete “Leadership offsite, autumn”?')
  await home.alertDialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(home.item('Leadership offsite, autumn')).toBeVisible()

  await home.delete('Leadership offsite, autumn')
  await expect(home.status).toContainText('Deleted “Leadership offsite, autumn”.')
  expect(await home.titles()).toEqual(['Leadership offsite, autumn (copy)'])

  await home.undo()
  await expect(home.status).toContainText('Restored “Leadership offsite, autumn”.')
  await page.reload()
  expect((await home.titles()).sort()).toEqual([
    'Leadership offsite, autumn',
    'Leadership offsite, autumn (copy)',
  ])
})

test('everything on the home screen works by keyboard alone', async ({ page }) => {
  const home = new HomePage(page)
  await home.goto()

  await home.newWorkshopButton.focus()
  await page.keyboard.press('Enter')
  await expect(home.dialog.getByLabel('Title')).toBeFocused()
  await page.keyboard.type('Quarterly product review')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Contoso Health')
  await page.keyboard.press('Enter')
  const workshop = new WorkshopPage(page)
  await expect(workshop.heading('Quarterly product review')).toBeVisible()

  await page.getByRole('link', { name: 'Back to all workshops' }).focus()
  await page.keyboard.press('Enter')
  await expect(home.item('Quarterly product review')).toContainText('Contoso Health')

  await home.action('Rename', 'Quarterly product review').focus()
  await page.keyboard.press('Enter')
  await expect(home.dialog.getByLabel('Title')).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Quarterly product review, Q3')
  await page.keyboard.press('Enter')
  await expect(home.item('Quarterly product review, Q3')).toBeVisible()

  await home.action('Duplicate', 'Quarterly product review, Q3').focus()
  await page.keyboard.press('Enter')
  await expect(home.item('Quarterly product review, Q3 (copy)')).toBeVisible()

  await home.action('Delete', 'Quarterly product review, Q3 (copy)').focus()
  await page.keyboard.press('Enter')
  await expect(home.alertDialog).toBeVisible()
  // The safe choice has focus first: Enter on an alert keeps the workshop.
  await expect(home.alertDialog.getByRole('button', { name: 'Keep it' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(home.item('Quarterly product review, Q3 (copy)')).toHaveCount(0)

  await home.status.getByRole('button', { name: 'Undo' }).focus()
  await page.keyboard.press('Enter')
  await expect(home.item('Quarterly product review, Q3 (copy)')).toBeVisible()

  await page.reload()
  expect((await home.titles()).sort()).toEqual([
    'Quarterly product review, Q3',
    'Quarterly product review, Q3 (copy)',
  ])
})

test('opening a workshop shows its details and its own lenses; edits are saved', async ({
  page,
}) => {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop(OFFSITE)
  const workshop = new WorkshopPage(page)

  await expect(workshop.field('Organisation')).toHaveValue('Northwind Logistics')
  await expect(workshop.lenses.getByRole('listitem')).toHaveCount(6)
  await expect(workshop.lenses).toContainText('Leadership')

  await workshop.field('Facilitator').fill('Jonas Weber')
  await workshop.field('Title').fill('')
  await expect(workshop.details.getByText('Give the workshop a title.')).toBeVisible()
  await workshop.field('Title').fill('Leadership offsite, revisited')
  await expect(workshop.heading('Leadership offsite, revisited')).toBeVisible()
  await expect(page.getByText('All changes saved')).toBeVisible()

  await page.reload()
  await expect(workshop.heading('Leadership offsite, revisited')).toBeVisible()
  await expect(workshop.field('Facilitator')).toHaveValue('Jonas Weber')
})
