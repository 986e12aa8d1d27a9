/** Screenshots of the home screen, the new-workshop dialog and a workshop, in both themes and sizes. */
import { HomePage } from '../pages/HomePage'
import { test } from '../support/test'
import { dress, LOOKS } from './looks'

const WORKSHOPS = [
  {
    title: 'Leadership offsite, spring',
    organisation: 'Northwind Logistics',
    date: '2026-03-12',
    facilitator: 'Amara Okafor',
  },
  {
    title: 'Product leadership cascade',
    organisation: 'Northwind Logistics',
    date: '2026-04-02',
    facilitator: 'Amara Okafor',
  },
  { title: 'Quarterly operating model review', organisation: 'Contoso Health', date: '' },
]

for (const look of LOOKS) {
  test(`home ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    const home = new HomePage(page)
    await home.goto()
    await shot('home-empty')
    for (const workshop of WORKSHOPS) {
      await home.createWorkshop(workshop)
      await home.goto()
    }
    await shot('home')

    await home.newWorkshopButton.click()
    await home.dialog.getByRole('button', { name: 'Create workshop' }).click()
    await shot('new-workshop')
    await page.keyboard.press('Escape')

    await home.startDelete('Product leadership cascade')
    await shot('delete')
    await home.alertDialog.getByRole('button', { name: 'Delete workshop' }).click()
    await shot('deleted')

    await page.getByRole('link', { name: 'Leadership offsite, spring' }).click()
    await page.locator('details summary').first().click()
    await shot('workshop')
  })
}
