/** Screenshots of the disk refusing the room's edits: the notice over the rating step. */
import { FacilitatePage } from '../pages/FacilitatePage'
import { HomePage } from '../pages/HomePage'
import { PreparePage } from '../pages/PreparePage'
import { installDiskSwitch, setDiskFull } from '../support/fullDisk'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

for (const look of LOOKS) {
  test(`disk full ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    await installDiskSwitch(page)
    const home = new HomePage(page)
    await home.goto()
    await home.createWorkshop({ title: 'Leadership offsite' })
    await new PreparePage(page).pasteList(['Amara Okafor', 'Jonas Weber'])
    await page.getByRole('link', { name: 'Run the workshop' }).click()
    const run = new FacilitatePage(page)
    await run.next({ lens: 'Alignment', step: 'Rate today' })
    await setDiskFull(page, true)
    await run.rateAll('Amara Okafor', ['2', '4'])
    await expect(page.getByRole('heading', { name: /not saved yet/ })).toBeVisible()
    await shot('disk-full')
  })
}
