/** Screenshots of every kind of step while running a workshop, in both themes and sizes. */
import { CardsBoard } from '../pages/CardsBoard'
import { FacilitatePage } from '../pages/FacilitatePage'
import { HomePage } from '../pages/HomePage'
import { PreparePage } from '../pages/PreparePage'
import { PEOPLE } from '../support/people'
import { test } from '../support/test'
import { dress, LOOKS } from './looks'

for (const look of LOOKS) {
  test(`workshop steps ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    const home = new HomePage(page)
    await home.goto()
    await home.createWorkshop({ title: 'Leadership offsite, spring', organisation: 'Northwind' })
    const prepare = new PreparePage(page)
    for (const person of PEOPLE) {
      await prepare.nameField.fill(person)
      await prepare.nameField.press('Enter')
    }
    await shot('prepare')
    await page.getByRole('link', { name: 'Run the workshop' }).click()
    const run = new FacilitatePage(page)
    await shot('step-introduce')
    await run.next({ lens: 'Alignment', step: 'Rate today' })
    await run.rateAll('Amara Okafor', ['2', '3', '2', '4', '3', '0'])
    await shot('step-rate')
    await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
    await shot('step-reveal-hidden')
    await run.reveal()
    await run.agree(3)
    const cards = new CardsBoard(page)
    await cards.add('Today', 'Priorities change every quarter and nobody says why')
    await cards.add('Today', 'Teams escalate most trade-offs')
    await shot('step-reveal')
    await run.stepButton('Alignment', 'Gap and key shift').click()
    await run.writeKeyShift('Share the why behind every priority, not only the what.')
    await shot('step-gap')
  })
}
