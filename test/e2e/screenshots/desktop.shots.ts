/** Screenshots of the desktop app's own dialogs (About, Keyboard shortcuts), both themes and sizes. */
import { HomePage } from '../pages/HomePage'
import { DesktopHost } from '../support/desktopHost'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

for (const look of LOOKS) {
  test(`desktop dialogs ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    const host = await DesktopHost.install(page)
    const home = new HomePage(page)
    await home.goto()
    await home.createWorkshop({ title: 'Leadership offsite, spring', organisation: 'Northwind' })
    await host.choose('shortcuts')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
    await shot('desktop-shortcuts')
    await page.keyboard.press('Escape')
    await host.choose('about')
    await expect(page.getByRole('dialog', { name: 'About Vantage' })).toContainText('1.0.0')
    await shot('desktop-about')
  })
}
