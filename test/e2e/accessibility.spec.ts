/** Every screen and dialog that exists, checked by axe (WCAG 2.1 AA) in both themes. */
import { HomePage } from './pages/HomePage'
import { expect, test } from './support/test'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('home, dialogs and the workshop page have no axe violations', async ({
      page,
      expectAccessible,
    }) => {
      const home = new HomePage(page)
      await home.goto()
      await expectAccessible()

      await home.newWorkshopButton.click()
      await home.dialog.getByRole('button', { name: 'Create workshop' }).click()
      await expect(home.dialog.getByText('Give the workshop a title.')).toBeVisible()
      await expectAccessible()

      await home.fillDetails({ title: 'Leadership offsite', organisation: 'Northwind Logistics' })
      await home.dialog.getByRole('button', { name: 'Create workshop' }).click()
      await page.getByRole('heading', { level: 1, name: 'Leadership offsite' }).waitFor()
      await page.locator('details summary').first().click()
      await expectAccessible()

      await page.getByRole('link', { name: 'Back to all workshops' }).click()
      await home.duplicate('Leadership offsite')
      await expect(home.status).toContainText('Created')
      await expectAccessible()

      await home.action('Rename', 'Leadership offsite').click()
      await expectAccessible()
      await page.keyboard.press('Escape')

      await home.startDelete('Leadership offsite')
      await expectAccessible()
      await home.alertDialog.getByRole('button', { name: 'Delete workshop' }).click()
      await expect(home.status.getByRole('button', { name: 'Undo' })).toBeVisible()
      await expectAccessible()
    })
  })
}

test('an unknown address shows a way back home', async ({ page, expectAccessible }) => {
  await page.goto('/#/no/such/page')
  await expect(page.getByRole('heading', { name: 'This page does not exist.' })).toBeVisible()
  await expectAccessible()
  await page.getByRole('link', { name: 'Back to all workshops' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible()
})
