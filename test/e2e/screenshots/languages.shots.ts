/**
 * Screenshots of the app in German and French at a laptop's 1280×800, light, to look at for
 * words that overflow their buttons, tabs and columns: home, Prepare, the rating and reveal
 * steps, Compare, Commit and the template library.
 */
import { TranslatedWorkshop } from '../pages/TranslatedWorkshop'
import { LANGUAGE_STORAGE_KEY } from '../../../renderer/src/i18n/languageChoice'
import { PEOPLE } from '../support/people'
import { test } from '../support/test'
import { dress, LOOKS, SCREENSHOT_DIR } from './looks'
import { DEFAULT_TEMPLATE_FRENCH, DEFAULT_TEMPLATE_GERMAN } from '../../../shared/content'

const LAPTOP = LOOKS.find((look) => look.name === 'light-1280x800')!
const FIRST_LENS = { de: DEFAULT_TEMPLATE_GERMAN, fr: DEFAULT_TEMPLATE_FRENCH } as const

for (const language of ['de', 'fr'] as const) {
  test(`the app in ${language} at 1280x800`, async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => window.localStorage.setItem(key!, value!),
      [LANGUAGE_STORAGE_KEY, language],
    )
    const shot = await dress(page, LAPTOP)
    const app = new TranslatedWorkshop(page, language)
    const lens = FIRST_LENS[language].lenses[0]!.title
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: app.say('home.title') }).waitFor()
    await page.getByRole('button', { name: app.say('home.newWorkshop') }).click()
    await shot(`${language}-new-workshop`)
    await page.keyboard.press('Escape')
    await app.createWorkshop(
      language === 'de' ? 'Führungsklausur Frühjahr' : 'Séminaire de printemps',
    )
    await app.addParticipants(PEOPLE)
    await shot(`${language}-prepare`)
    await app.tab('run').click()
    await app.next(lens, 'rate-current')
    await app.rateAll(PEOPLE[0]!, ['2', '3', '2', '4', '3', '0'])
    await shot(`${language}-rate`)
    await app.next(lens, 'reveal-current')
    await app.reveal()
    await app.agree(3)
    await app.addCard(
      'current',
      language === 'de' ? 'Prioritäten wechseln zu oft' : 'Les priorités changent trop souvent',
    )
    await shot(`${language}-reveal`)
    await app.stepButton(lens, 'gap').click()
    await shot(`${language}-gap`)
    await app.tab('compare').click()
    await app.showView('compare', 'disagreement')
    await shot(`${language}-compare-disagreement`)
    await app.showView('compare', 'radar')
    await shot(`${language}-compare-radar`)
    await app.showView('compare', 'gaps')
    await shot(`${language}-compare-gaps`)
    await app.tab('map').click()
    await shot(`${language}-map`)
    await app.tab('commit').click()
    await app.showView('commit', 'bets')
    await shot(`${language}-commit-bets`)
    await app.showView('commit', 'vote')
    await shot(`${language}-commit-voting`)
    await page.goto(`/#/print/${/#\/workshops\/([^/?]+)/.exec(page.url())![1]!}`)
    await page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached' })
    await page.pdf({
      path: `${SCREENSHOT_DIR}/${language}-summary.pdf`,
      preferCSSPageSize: true,
      printBackground: true,
    })
    await page.goto('/#/templates')
    await page
      .getByRole('heading', { level: 1, name: app.say('templates.library.title') })
      .waitFor()
    await shot(`${language}-templates`)
  })
}
