/** Screenshots of the projector at 1920x1080 (and the facilitator's controls beside it). */
import { FacilitatePage } from '../pages/FacilitatePage'
import { HomePage } from '../pages/HomePage'
import { PreparePage } from '../pages/PreparePage'
import { PresenterPage } from '../pages/PresenterPage'
import { PEOPLE } from '../support/people'
import { expect, test } from '../support/test'
import { SCREENSHOT_DIR } from './looks'

const OUT = SCREENSHOT_DIR

test('presenter at 1920x1080', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Leadership offsite, spring', organisation: 'Northwind' })
  const prepare = new PreparePage(page)
  for (const person of PEOPLE) {
    await prepare.nameField.fill(person)
    await prepare.nameField.press('Enter')
  }
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  const presenter = await PresenterPage.open(page)
  await presenter.page.setViewportSize({ width: 1920, height: 1080 })
  const shot = (name: string) =>
    presenter.page.screenshot({ path: `${OUT}/presenter-${name}-1920x1080.png` })

  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.stepButton('Alignment', 'Introduce').click()
  await expect(presenter.main).toContainText('Does everyone know')
  await shot('introduce')
  await page.screenshot({ path: `${OUT}/facilitator-with-presenter-1280x800.png` })
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.rateAll('Amara Okafor', ['2', '3', '2', '4', '3', '0'])
  await expect(presenter.main).toContainText('6 of 6 rated')
  await shot('rate')
  await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
  await run.reveal()
  await run.agree(2)
  await expect(presenter.main).toContainText('Agreed 2')
  await shot('reveal')
  await page.getByRole('button', { name: 'Timer', exact: true }).click()
  await expect(presenter.main).toContainText(/\d+:\d{2}/)
  await shot('timer')
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(presenter.page.getByRole('img')).toBeVisible()
  await shot('compare')
  await page.getByRole('button', { name: 'Blank the screen' }).click()
  await expect(presenter.page.getByRole('main', { name: 'Screen blanked' })).toBeAttached()
  await shot('blank')
})
