/**
 * Screenshots of the team map on the projector (today, the target, the changes) and of the
 * facilitator's controls choosing it, in every look, from the six-lens session file's maps.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FilesPage } from '../pages/FilesPage'
import { PresenterPage } from '../pages/PresenterPage'
import { expect, test } from '../support/test'
import { dress, LOOKS, SCREENSHOT_DIR } from './looks'

const FIXTURE = resolve(
  import.meta.dirname,
  '../../fixtures/sessions/valid-six-lens-workshop.vantage',
)
const VIEWS = [
  ['Today', 'Our teams today'],
  ['Target', 'Our teams as we want them'],
  ['Changes', 'From today to the target'],
] as const

for (const look of LOOKS) {
  test(`team map on the projector ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    const files = new FilesPage(page, await mkdtemp(join(tmpdir(), 'vantage-shots-')))
    await files.open(FIXTURE)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const presenter = await PresenterPage.open(page)
    await presenter.page.emulateMedia({ colorScheme: look.colorScheme })
    await presenter.page.setViewportSize({ width: look.width, height: look.height })
    await page.getByRole('button', { name: 'Team map', exact: true }).click()
    const maps = page.getByRole('group', { name: 'The team map shows' })
    for (const [button, heading] of VIEWS) {
      await maps.getByRole('button', { name: button }).click()
      await expect(presenter.main).toContainText(heading)
      await presenter.page.screenshot({
        path: `${SCREENSHOT_DIR}/presenter-map-${button.toLowerCase()}-${look.name}.png`,
      })
    }
    await shot('facilitator-map-controls')
  })
}
