/**
 * Screenshots of the Map tab's editor: today's and the target map of the six-lens fixture on the
 * canvas beside the list, a team selected, the team form, auto-layout, and an empty target.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FilesPage } from '../pages/FilesPage'
import { HomePage } from '../pages/HomePage'
import { MapPage } from '../pages/MapPage'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

const FIXTURE = resolve(
  import.meta.dirname,
  '../../fixtures/sessions/valid-six-lens-workshop.vantage',
)

for (const look of LOOKS) {
  test(`team map editor ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    const files = new FilesPage(page, await mkdtemp(join(tmpdir(), 'vantage-shots-')))
    await files.open(FIXTURE)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const map = new MapPage(page)
    await map.openTab()
    await map.settledBox('Payments')
    await shot('teammap-today')

    await map.node('Payments').click()
    await map.settledBox('Payments')
    await shot('teammap-today-selected')

    await map.item('Payments').getByRole('button', { name: 'Edit Payments' }).click()
    await expect(map.dialog('Edit Payments')).toBeVisible()
    await shot('teammap-team-form')
    await page.keyboard.press('Escape')

    await map.show('Target')
    await map.settledBox('Checkout')
    await shot('teammap-target')
    await page.getByRole('button', { name: 'Auto-layout' }).click()
    await expect(map.status).toContainText('Laid out 5 teams.')
    await page.waitForTimeout(400)
    await shot('teammap-target-laid-out')

    // Scrolled as a facilitator does once the workshop's header is not needed: canvas and list.
    await page.getByRole('toolbar', { name: 'Map tools' }).evaluate((el) => el.scrollIntoView())
    await shot('teammap-target-scrolled')

    const home = new HomePage(page)
    await home.goto()
    await home.createWorkshop({ title: 'Empty map' })
    await map.openTab()
    await shot('teammap-empty')
    await map.show('Target')
    await shot('teammap-target-empty')
  })
}
