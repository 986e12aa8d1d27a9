/**
 * The projector follows the facilitator from a second window of the same origin, through the
 * database alone: steps, the timer and the reveal appear there, while ratings before the reveal,
 * private notes and (anonymous) names never reach its DOM; the screen blanks and comes back, by
 * the button and by B.
 */
import { CardsBoard } from './pages/CardsBoard'
import { FacilitatePage } from './pages/FacilitatePage'
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import { PresenterPage } from './pages/PresenterPage'
import { expect, test } from './support/test'

test.setTimeout(120_000)

const ROOM = ['Amara Okafor', 'Jonas Weber', 'Li Chen', 'Sofia Rossi']
const NOTE = 'Quietly doubtful about quarterly zebra planning'
const CORE_QUESTION =
  'Does everyone know what matters most and why, well enough to make good trade-offs without asking permission?'

test('the presenter follows steps and reveals, never shows a hidden rating, and blanks', async ({
  page,
  expectAccessible,
}) => {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Spring offsite', organisation: 'Northwind' })
  const prepare = new PreparePage(page)
  for (const person of ROOM) {
    await prepare.nameField.fill(person)
    await prepare.nameField.press('Enter')
  }
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.expectAt('Alignment', 'Introduce')

  const presenter = await PresenterPage.open(page)
  await expect(presenter.page).toHaveTitle('Spring offsite — presenter')
  // Nothing to operate on the wall: no buttons, links or fields.
  await expect(presenter.page.getByRole('button')).toHaveCount(0)
  await expect(presenter.page.getByRole('link')).toHaveCount(0)

  // It follows the facilitator to the first step.
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.stepButton('Alignment', 'Introduce').click()
  await expect(presenter.main).toContainText(CORE_QUESTION)
  await presenter.page.setViewportSize({ width: 1920, height: 1080 })
  // Polled: the wall may still be swapping the step in, and a node it just replaced has no style.
  await expect
    .poll(() =>
      presenter.page
        .getByText(CORE_QUESTION)
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    )
    .toBeGreaterThanOrEqual(40)
  await expectAccessible(presenter.page)

  // Ratings go in on the laptop; the wall only counts them.
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.rateAll(ROOM[0]!, ['2', '5', '2', '0'])
  await page.getByRole('textbox', { name: `Note for ${ROOM[1]}` }).fill(NOTE)
  await page.getByRole('textbox', { name: `Note for ${ROOM[1]}` }).press('Tab')
  await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
  await expect(presenter.main).toContainText('4 of 4 rated')
  const before = await presenter.text()
  for (const name of ROOM) expect(before).not.toContain(name)
  expect(before).not.toContain('Median')
  expect(before).not.toContain(NOTE)
  expect(await presenter.page.content()).not.toContain(ROOM[1]!)

  // Revealed on the laptop, shown on the wall: the distribution and who said what.
  await run.reveal()
  await expect(presenter.main).toContainText('Median')
  await expect(presenter.main).toContainText(ROOM[1]!)
  await run.agree(2)
  await expect(presenter.main).toContainText('Agreed 2')
  expect(await presenter.text()).not.toContain(NOTE)
  await expectAccessible(presenter.page)

  // Blank, and back.
  await page.getByRole('button', { name: 'Blank the screen' }).click()
  await expect(presenter.page.getByRole('main', { name: 'Screen blanked' })).toBeAttached()
  expect((await presenter.text()).trim()).toBe('')
  await page.getByRole('button', { name: 'Show the screen' }).click()
  await expect(presenter.main).toContainText('Median')

  // B does the same from the keyboard, and the laptop says so; a b typed in a field stays a b.
  await run.shortcut('b')
  await expect(presenter.page.getByRole('main', { name: 'Screen blanked' })).toBeAttached()
  await expect(page.getByRole('button', { name: 'Show the screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('status').filter({ hasText: 'The projector is blank.' })).toHaveCount(
    1,
  )
  await run.shortcut('b')
  await expect(presenter.main).toContainText('Median')
  await expect(page.getByRole('button', { name: 'Blank the screen' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  const observation = new CardsBoard(page).addField('Today')
  await observation.pressSequentially('bold bets')
  await expect(observation).toHaveValue('bold bets')
  await expect(presenter.main).toContainText('Median')
  await observation.fill('')

  // The large timer, then the room's map, then the steps again.
  await page.getByRole('button', { name: 'Timer', exact: true }).click()
  await expect(presenter.main).toContainText(/\d+:\d{2}/)
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(
    presenter.page.getByRole('img', { name: 'Agreed scores per lens: today and the target' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Steps', exact: true }).click()
  await expect(presenter.main).toContainText('Median')

  // Closed from the laptop.
  const closing = presenter.page.waitForEvent('close')
  await page.getByRole('button', { name: 'Close presenter' }).click()
  await closing
  await expect(page.getByRole('button', { name: 'Open presenter' })).toBeVisible()
})

test('an anonymous workshop shows no names on the wall, even after the reveal', async ({
  page,
}) => {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Cascade session', organisation: 'Northwind' })
  const prepare = new PreparePage(page)
  for (const person of ROOM) {
    await prepare.nameField.fill(person)
    await prepare.nameField.press('Enter')
  }
  await prepare.anonymous.check()
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  const presenter = await PresenterPage.open(page)
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  await run.rateAll(ROOM[0]!, ['1', '3', '3', '4'])
  await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
  await run.reveal()
  await expect(presenter.main).toContainText('Median')
  const html = await presenter.page.content()
  for (const name of ROOM) expect(html).not.toContain(name)
})
