/** Screenshots of the desktop app's own dialogs (About, Keyboard shortcuts), both themes and sizes. */
import { HomePage } from '../pages/HomePage'
import { DesktopHost } from '../support/desktopHost'
import { expect, test } from '../support/test'

const OUT = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    test(`desktop dialogs ${colorScheme} ${width}x${height}`, async ({ page }) => {
      const shot = (name: string) =>
        page.screenshot({ path: `${OUT}/${name}-${colorScheme}-${width}x${height}.png` })
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width, height })
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
}
