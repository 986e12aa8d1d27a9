/**
 * Vantage in German and French: a whole six-lens workshop run in German by its German labels,
 * with no English left on any screen it passes (the scan looks for every English text of the
 * app); the choice survives a reload; and the summary printed in French, read back from the PDF,
 * is French down to the lens titles of the French template.
 */
import { DEFAULT_TEMPLATE_FRENCH, DEFAULT_TEMPLATE_GERMAN } from '../../shared/content'
import { flat, ReportPage } from './pages/ReportPage'
import { TranslatedWorkshop } from './pages/TranslatedWorkshop'
import { englishGiveaways, englishOnScreen, say } from './support/locale'
import { PEOPLE } from './support/people'
import { SIX_LENS_ROUNDS } from './support/sixLensRounds'
import { expect, test } from './support/test'

test.setTimeout(240_000)

const LENSES = DEFAULT_TEMPLATE_GERMAN.lenses.map((lens) => lens.title)
const ROUNDS = SIX_LENS_ROUNDS

test('a whole six-lens workshop in German, with no English on any screen on the way', async ({
  page,
  expectAccessible,
}) => {
  const de = new TranslatedWorkshop(page, 'de')
  const noEnglish = async (where: string) =>
    expect(await englishOnScreen(page, 'de'), `English on ${where}`).toEqual([])

  await page.goto('/')
  await de.chooseLanguage('Language', 'Deutsch')
  await expect(page.getByRole('heading', { level: 1, name: de.say('home.title') })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await noEnglish('the home screen')

  await de.createWorkshop('Führungsklausur Frühjahr')
  await de.addParticipants(PEOPLE)
  await noEnglish('Prepare')
  await expectAccessible()

  await de.tab('run').click()
  for (const [index, lens] of LENSES.entries()) {
    const round = ROUNDS[index]!
    if (index === 0) await de.expectAt(lens, 'introduce')
    else await de.next(lens, 'introduce')
    if (index === 0) await noEnglish('the introduction')
    await de.next(lens, 'rate-current')
    await de.rateAll(PEOPLE[0]!, round.today)
    if (index === 0) await noEnglish('the rating step')
    await de.next(lens, 'reveal-current')
    await de.reveal()
    await de.agree(round.agreed[0]!)
    await de.addCard('current', `${lens}: was wir heute sehen`)
    if (index === 0) {
      await noEnglish('the reveal')
      await expectAccessible()
    }
    await de.next(lens, 'rate-target')
    await de.rateAll(PEOPLE[0]!, round.target)
    await de.next(lens, 'reveal-target')
    await de.reveal()
    await de.agree(round.agreed[1]!)
    await de.addCard('target', `${lens}: wie gut aussieht`)
    await de.next(lens, 'gap')
    const gap = round.agreed[1]! - round.agreed[0]!
    await expect(page.getByText(de.say('facilitate.gap.gapValue', { count: gap }))).toBeVisible()
    await de.writeKeyShift(`${lens}: die eine Veränderung, auf die es ankommt`)
    if (index === 0) await noEnglish('the gap step')
  }
  await de.waitUntilSaved()

  await de.tab('compare').click()
  for (const view of ['radar', 'gaps', 'disagreement', 'maps', 'over-time']) {
    await de.showView('compare', view)
    await noEnglish(`Compare, ${view}`)
  }
  await de.tab('map').click()
  for (const view of ['today', 'target', 'diff']) {
    await de.showView('teammap', view)
    await noEnglish(`Map, ${view}`)
  }
  await de.tab('commit').click()
  for (const view of ['bets', 'vote', 'prioritise']) {
    await de.showView('commit', view)
    await noEnglish(`Commit, ${view}`)
  }
  await expectAccessible()

  // The choice is remembered: after a reload the workshop is still in German.
  await page.reload()
  await expect(de.tab('commit')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Sprache', exact: true })).toHaveValue('de')

  // The summary, as printed in the app's language.
  const report = new ReportPage(page)
  await report.open(/#\/workshops\/([^/?]+)/.exec(page.url())![1]!)
  await noEnglish('the printed summary')
})

test('the summary printed in French from an English app reads in French', async ({ page }) => {
  const en = new TranslatedWorkshop(page, 'en')
  await page.goto('/')
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Séminaire de direction')
  await dialog
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: `Built-in: ${DEFAULT_TEMPLATE_FRENCH.name}` })
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('heading', { level: 1, name: 'Séminaire de direction' }).waitFor()
  await en.addParticipants(PEOPLE)
  const lens = DEFAULT_TEMPLATE_FRENCH.lenses[0]!.title
  await en.tab('run').click()
  await en.next(lens, 'rate-current')
  await en.rateAll(PEOPLE[0]!, ['2', '3', '2', '4', '3', '3'])
  await en.next(lens, 'reveal-current')
  await en.reveal()
  await en.agree(3)
  await en.waitUntilSaved()

  const report = new ReportPage(page)
  const id = report.workshopId()
  await page.goto(`/#/print/${encodeURIComponent(id)}?paper=A4&lang=fr`)
  await page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached' })
  const printed = await report.print('french-summary')
  report.renderPages(printed, 'french-summary')
  const text = flat(printed.text)
  for (const { title } of DEFAULT_TEMPLATE_FRENCH.lenses) expect(text).toContain(title)
  // Headings are set in capitals by the stylesheet, and pdftotext reads them so.
  const lower = text.toLocaleLowerCase('fr')
  expect(lower).toContain(say('fr', 'report.agenda.heading').toLocaleLowerCase('fr'))
  expect(lower).toContain(
    say('fr', 'report.lens.position', { number: 1, count: 6 }).toLocaleLowerCase('fr'),
  )
  expect(englishGiveaways('fr').filter((piece) => text.includes(piece))).toEqual([])
  // The app itself stays in English: the print asked for French for itself alone.
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('system')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // And the scan that keeps English off translated screens does see English where there is some.
  expect(await englishOnScreen(page, 'fr')).not.toEqual([])
})
