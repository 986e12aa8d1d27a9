/**
 * A complete six-lens workshop with six people, run by keyboard: ratings for both states of
 * every lens, reveal, agreed scores, cards and the key shift; a reload halfway resumes at the
 * same step with everything there; undo and redo reach across a step change.
 */
import { CardsBoard } from './pages/CardsBoard'
import { FacilitatePage } from './pages/FacilitatePage'
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import { PEOPLE } from './support/people'
import { SIX_LENS_ROUNDS } from './support/sixLensRounds'
import { expect, test } from './support/test'

const LENSES = [
  'Alignment',
  'Organisational design',
  'The product team',
  'Value creation process',
  'Cross-functional integration',
  'Leadership',
]
const ROUNDS = SIX_LENS_ROUNDS

test.setTimeout(180_000)

test('a complete six-lens workshop, by keyboard, survives a reload and undoes across steps', async ({
  page,
}) => {
  const home = new HomePage(page)
  await home.goto()
  await home.newWorkshopButton.focus()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Leadership offsite, spring')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: 'Leadership offsite, spring' }).waitFor()

  const prepare = new PreparePage(page)
  await prepare.nameField.focus()
  for (const name of PEOPLE) {
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
  }
  await expect(prepare.participantCount).toContainText('6 participants')

  await page.getByRole('link', { name: 'Run the workshop' }).focus()
  await page.keyboard.press('Enter')
  const run = new FacilitatePage(page)
  const cards = new CardsBoard(page)
  await run.expectAt('Alignment', 'Introduce')

  for (const [index, lens] of LENSES.entries()) {
    const round = ROUNDS[index]!
    if (index > 0) await run.next({ lens, step: 'Introduce' })
    await run.next({ lens, step: 'Rate today' })
    await run.rateAll(PEOPLE[0]!, round.today)
    // Hidden until the reveal: the count, never the values.
    await expect(page.locator('.facilitate__content')).not.toContainText(/\d · /)

    await run.next({ lens, step: 'Reveal and agree, today' })
    await run.reveal()
    await run.agree(round.agreed[0]!)
    await cards.add('Today', `${lens}: what we see today`)

    await run.next({ lens, step: 'Rate the target' })
    await run.rateAll(PEOPLE[0]!, round.target)
    await run.next({ lens, step: 'Reveal and agree, target' })
    await run.reveal()
    await run.agree(round.agreed[1]!)
    await cards.add('Where we want to be', `${lens}: what good looks like`)

    await run.next({ lens, step: 'Gap and key shift' })
    const gap = round.agreed[1]! - round.agreed[0]!
    await expect(page.getByText(new RegExp(`^${gap} levels? to close$`))).toBeVisible()
    await run.writeKeyShift(`${lens}: the one shift that matters most`)

    if (index === 2) {
      // Halfway: the laptop is reloaded. Everything is where it was.
      await run.waitUntilSaved()
      await page.reload()
      await run.expectAt(lens, 'Gap and key shift')
      await expect(run.keyShift).toHaveValue(`${lens}: the one shift that matters most`)
      await run.stepButton('Alignment', 'Reveal and agree, today').focus()
      await page.keyboard.press('Enter')
      await run.expectAt('Alignment', 'Reveal and agree, today')
      await expect(page.getByRole('radio', { name: /^2:/ })).toBeChecked()
      await expect(cards.card('Alignment: what we see today')).toBeVisible()
      await expect(page.getByText('Median 3', { exact: true })).toBeVisible()
      await run.stepButton(lens, 'Gap and key shift').focus()
      await page.keyboard.press('Enter')
      await run.expectAt(lens, 'Gap and key shift')
    }
  }

  // Every lens agreed on both states.
  await expect(run.steps.getByText(/^agreed \d$/)).toHaveCount(12)

  // Undo and redo across a step change: change Leadership's agreed target, move on, undo.
  await run.stepButton('Leadership', 'Reveal and agree, target').focus()
  await page.keyboard.press('Enter')
  await run.agree(4)
  await run.stepButton('Alignment', 'Introduce').focus()
  await page.keyboard.press('Enter')
  await run.expectAt('Alignment', 'Introduce')
  await page.keyboard.press('Control+z')
  await run.expectAt('Leadership', 'Reveal and agree, target')
  await expect(page.getByRole('radio', { name: /^5:/ })).toBeChecked()
  await run.stepButton('Alignment', 'Introduce').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+z')
  await run.expectAt('Leadership', 'Reveal and agree, target')
  await expect(page.getByRole('radio', { name: /^4:/ })).toBeChecked()

  await run.waitUntilSaved()
  await page.reload()
  await run.expectAt('Leadership', 'Reveal and agree, target')
  await expect(page.getByRole('radio', { name: /^4:/ })).toBeChecked()
})

test('opening the app again goes straight back to the step the facilitator was on', async ({
  page,
}) => {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Quarterly review' })
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.stepButton('Leadership', 'Rate the target').click()
  await run.expectAt('Leadership', 'Rate the target')
  await run.waitUntilSaved()

  // The desktop app always starts at the bare address, as a fresh tab does here.
  await page.goto('/')
  await run.expectAt('Leadership', 'Rate the target')
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly review' })).toBeVisible()
})
