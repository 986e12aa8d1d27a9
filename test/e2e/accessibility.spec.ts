/** Every screen and dialog that exists, checked by axe (WCAG 2.1 AA) in both themes. */
import { CardsBoard } from './pages/CardsBoard'
import { FacilitatePage } from './pages/FacilitatePage'
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

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`running a workshop, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('every step of a lens has no axe violations', async ({ page, expectAccessible }) => {
      const home = new HomePage(page)
      await home.goto()
      await home.createWorkshop({ title: 'Leadership offsite' })
      const name = page
        .getByRole('region', { name: /Participants/ })
        .getByRole('textbox', { name: 'Name', exact: true })
      for (const person of ['Amara Okafor', 'Jonas Weber', 'Priya Raman']) {
        await name.fill(person)
        await name.press('Enter')
      }
      await page.getByRole('link', { name: 'Run the workshop' }).click()
      const run = new FacilitatePage(page)
      await run.expectAt('Alignment', 'Introduce')
      await expectAccessible()

      await run.next({ lens: 'Alignment', step: 'Rate today' })
      await run.rateAll('Amara Okafor', ['1', '3', '4'])
      await expectAccessible()

      await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
      await expectAccessible()
      await run.reveal()
      await run.agree(3)
      await new CardsBoard(page).add('Today', 'Priorities change every quarter')
      await expectAccessible()

      await run.stepButton('Alignment', 'Gap and key shift').click()
      await run.writeKeyShift('Explain the why behind each priority')
      await expectAccessible()

      await run.shortcut('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await expectAccessible()
    })
  })
}
