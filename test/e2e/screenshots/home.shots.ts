/** Screenshots of the home screen, the new-workshop dialog and a workshop, in both themes and sizes. */
import { HomePage } from '../pages/HomePage'
import { test } from '../support/test'

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1920x1080', width: 1920, height: 1080 },
]
const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

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

for (const colorScheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`home ${colorScheme} ${size.name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize(size)
      const home = new HomePage(page)
      await home.goto()
      await page.screenshot({ path: `${OUT}/home-empty-${colorScheme}-${size.name}.png` })
      for (const workshop of WORKSHOPS) {
        await home.createWorkshop(workshop)
        await home.goto()
      }
      await page.screenshot({ path: `${OUT}/home-${colorScheme}-${size.name}.png` })

      await home.newWorkshopButton.click()
      await home.dialog.getByRole('button', { name: 'Create workshop' }).click()
      await page.screenshot({ path: `${OUT}/new-workshop-${colorScheme}-${size.name}.png` })
      await page.keyboard.press('Escape')

      await home.startDelete('Product leadership cascade')
      await page.screenshot({ path: `${OUT}/delete-${colorScheme}-${size.name}.png` })
      await home.alertDialog.getByRole('button', { name: 'Delete workshop' }).click()
      await page.screenshot({ path: `${OUT}/deleted-${colorScheme}-${size.name}.png` })

      await page.getByRole('link', { name: 'Leadership offsite, spring' }).click()
      await page.locator('details summary').first().click()
      await page.screenshot({ path: `${OUT}/workshop-${colorScheme}-${size.name}.png` })
    })
  }
}
