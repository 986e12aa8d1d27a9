/**
 * Templates, end to end in Chromium: a four-lens template written by keyboard alone, a workshop
 * run on it and compared over time with a six-lens workshop (shared lenses matched by id, the
 * others named plainly, in the over-time view and the review of earlier bets), the workshop's own
 * copy edited in Prepare without touching the library, and the template carried to a fresh
 * profile as a file.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { ComparePage } from './pages/ComparePage'
import { FacilitatePage } from './pages/FacilitatePage'
import { PreparePage } from './pages/PreparePage'
import { flat, ReportPage, rowPattern } from './pages/ReportPage'
import { TemplatesPage } from './pages/TemplatesPage'
import { SPRING, writeCompareFiles } from './support/compareRoom'
import { dragLiveRegion, keyboardDrag } from './support/drag'
import { expect, test } from './support/test'

const NAME = 'Acme four lenses'
const FUNDING = {
  title: 'Funding',
  question: 'Does money follow the outcomes we bet on?',
  prompts: [
    'Who decides what a team is funded for, and how often?',
    'What evidence moves money between teams?',
    'Where does a project budget still outlive its reason?',
  ],
  levels: [
    'Budgets are set yearly per project and rarely revisited.',
    'A few teams are funded as teams, by exception.',
    'Most teams are funded as teams, reviewed each quarter.',
    'Funding moves with evidence from outcomes, every quarter.',
    'Money follows outcomes continuously, and teams ask for less when done.',
  ],
}
const REMOVED = ['Organisational design', 'Value creation process', 'Cross-functional integration']
const FOUR_LENSES = ['Alignment', 'Funding', 'The product team', 'Leadership']
const PEOPLE = ['Amara Okafor', 'Ben Li']

/** Duplicates the built-in template, trims it to four lenses and writes a new one. */
async function writeTemplate(page: Page, templates: TemplatesPage) {
  await page.goto('/#/')
  await templates.press(page.getByRole('link', { name: 'Templates', exact: true }))
  await expect(templates.heading).toBeVisible()
  await templates.press(page.getByRole('button', { name: 'Duplicate Vantage six lenses' }))
  await templates.press(page.getByRole('link', { name: 'Edit Vantage six lenses (copy)' }))
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vantage six lenses (copy)' }),
  ).toBeVisible()

  await templates.typeInto(page.getByRole('textbox', { name: 'Template name' }), NAME)
  for (const title of REMOVED)
    await templates.press(page.getByRole('button', { name: `Remove ${title}`, exact: true }))
  await expect.poll(() => templates.lensHeadings()).toHaveLength(3)

  await templates.press(page.getByRole('button', { name: 'Add lens' }))
  const lens = templates.lens(4)
  await templates.typeInto(lens.getByRole('textbox', { name: 'Title' }), FUNDING.title)
  await templates.typeInto(lens.getByRole('textbox', { name: 'Core question' }), FUNDING.question)
  for (const [index, prompt] of FUNDING.prompts.entries())
    await templates.typeInto(lens.getByRole('textbox', { name: `Prompt ${index + 1}` }), prompt)
  for (const [index, text] of FUNDING.levels.entries())
    await templates.typeInto(
      lens.getByRole('textbox', { name: `Level ${index + 1} description` }),
      text,
    )

  // Funding goes second, picked up and carried with the keyboard (dnd-kit's keyboard sensor).
  const handle = page.getByRole('button', { name: 'Reorder Funding' })
  await templates.tabTo(handle)
  await keyboardDrag(page, handle, ['ArrowUp', 'ArrowUp'], dragLiveRegion(page))
  await expect
    .poll(() => templates.lensHeadings())
    .toEqual(FOUR_LENSES.map((title, index) => `Lens ${index + 1}: ${title}`))
  await templates.expectSaved()
}

/** A workshop on the template, two people, agreed scores on Alignment and Funding. */
async function runWorkshopOnIt(page: Page) {
  await page.goto('/#/')
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Title').fill('Acme offsite, autumn')
  await dialog.getByLabel('Template').selectOption({ label: NAME })
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('heading', { level: 1, name: 'Acme offsite, autumn' }).waitFor()
  const prepare = new PreparePage(page)
  await prepare.pasteList(PEOPLE)

  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.expectAt('Alignment', 'Introduce')
  for (const [lens, today, target] of [
    ['Alignment', 3, 4],
    ['Funding', 1, 4],
  ] as const) {
    if (lens !== 'Alignment') await run.next({ lens, step: 'Introduce' })
    await run.next({ lens, step: 'Rate today' })
    await run.rateAll(PEOPLE[0]!, [String(today), String(today)])
    await run.next({ lens, step: 'Reveal and agree, today' })
    await run.reveal()
    await run.agree(today)
    await run.next({ lens, step: 'Rate the target' })
    await run.rateAll(PEOPLE[0]!, [String(target), String(target)])
    await run.next({ lens, step: 'Reveal and agree, target' })
    await run.reveal()
    await run.agree(target)
    await run.next({ lens, step: 'Gap and key shift' })
  }
  await run.waitUntilSaved()
}

test('a four-lens template written by keyboard runs a workshop that compares with a six-lens one', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(180_000)
  const templates = new TemplatesPage(page)
  await writeTemplate(page, templates)
  await expectAccessible()
  await runWorkshopOnIt(page)

  // Compared with the six-lens spring workshop, read from its session file.
  const folder = await mkdtemp(join(tmpdir(), 'vantage-templates-'))
  const { spring } = writeCompareFiles(folder)
  const compare = new ComparePage(page)
  await compare.openTab()
  await compare.show('Over time')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Open a session file…' }).click()
  await (await choosing).setFiles(spring)
  await expect(page.getByText(`Compared with “${SPRING}”`)).toBeVisible()

  const notThen = `Not in “${SPRING}”`
  const notNow = 'Not in this workshop'
  expect(await compare.rows(compare.table('Agreed scores then and now, per lens'))).toEqual([
    ['Alignment', '2', '3', 'Up 1 level', '4', '4', 'No change'],
    ['Funding', notThen, '1', 'Not comparable', notThen, '4', 'Not comparable'],
    ['The product team', '1', 'Not agreed', 'Not comparable', '4', 'Not agreed', 'Not comparable'],
    ['Leadership', '2', 'Not agreed', 'Not comparable', '4', 'Not agreed', 'Not comparable'],
    ['Organisational design', '3', notNow, 'Not comparable', '4', notNow, 'Not comparable'],
    ['Value creation process', '2', notNow, 'Not comparable', '5', notNow, 'Not comparable'],
    ['Cross-functional integration', '3', notNow, 'Not comparable', '3', notNow, 'Not comparable'],
  ])
  const moved = page.getByRole('region', { name: 'What moved' })
  await expect(moved).toContainText('Moved upAlignment')
  await expect(moved).toContainText(`Only in “${SPRING}”${REMOVED.join(', ')}`)
  await expect(moved).toContainText('Only in this workshopFunding')
  await expectAccessible()

  // The spring workshop's committed bets, each with its lens matched by id or named as theirs.
  await page.getByRole('link', { name: 'Commit' }).click()
  const bet = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) })
  await expect(bet('Outcome-based roadmaps')).toContainText('LensAlignment')
  await expect(bet('Stable, cross-functional teams around value streams')).toContainText(
    'LensOrganisational design (a lens of the earlier workshop only)',
  )
  await expectAccessible()

  // The PDF says the same: lenses matched by id, the others named, the earlier bets' lenses.
  const id = /#\/workshops\/([^/?]+)/.exec(page.url())?.[1] ?? ''
  const report = new ReportPage(page)
  await report.open(decodeURIComponent(id))
  const printed = await report.print('templates')
  report.renderPages(printed, 'templates')
  const text = flat(printed.text)
  expect(text).toContain(`Alignment 2 3 +1 4 4 0`)
  // pdftotext reads the table row by row, the note under a lens's title after its numbers.
  expect(text).toContain('Funding – 1 – – 4 – Only in this workshop')
  expect(text).toContain(`Organisational design 3 – – 4 – – Only in “${SPRING}”`)
  expect(text).toMatch(rowPattern('Value creation process', `2 – – 5 – – Only in “${SPRING}”`))
  expect(text).toMatch(/Outcome-based Alignment .* Organisational .* Not a lens of this/)
})

test('the workshop’s own lenses change in Prepare, never the library; a worked-on lens asks first', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(180_000)
  const templates = new TemplatesPage(page, 'pointer')
  await writeTemplate(page, templates)
  const libraryUrl = page.url()
  await runWorkshopOnIt(page)
  await page.getByRole('link', { name: 'Prepare' }).click()
  const lenses = page.getByRole('region', { name: 'Lenses in this workshop' })

  await lenses.getByRole('button', { name: 'Edit Funding' }).click()
  const prompt = lenses.getByRole('textbox', { name: 'Prompt 1' })
  await prompt.fill('Who funds a team, and for how long?')
  await prompt.blur()
  await lenses.getByRole('textbox', { name: 'Title' }).fill('')
  await expect(lenses.getByText('Lens 2 needs a title.')).toBeVisible()
  await lenses.getByRole('textbox', { name: 'Title' }).fill('Funding')
  await expectAccessible()
  await lenses.getByRole('button', { name: 'Done editing Funding' }).click()
  await expect(lenses.getByText('Who funds a team, and for how long?')).toBeAttached()

  // Removing Funding would take its ratings and agreed scores: the app asks, and undo restores.
  await lenses.getByRole('button', { name: 'Remove Funding' }).click()
  const question = page.getByRole('alertdialog', {
    name: 'Remove “Funding” and what the room put on it?',
  })
  await expect(question).toContainText('4 ratings and 2 agreed scores')
  await expectAccessible()
  await question.getByRole('button', { name: 'Remove the lens' }).click()
  await expect(lenses.getByRole('button', { name: 'Edit Funding' })).toHaveCount(0)
  await lenses.getByRole('button', { name: 'Undo' }).click()
  await expect(lenses.getByRole('button', { name: 'Edit Funding' })).toBeVisible()
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  await expect(page.getByRole('navigation', { name: 'Workshop steps' })).toContainText(
    /Funding[\s\S]*agreed 1/,
  )

  // The library template still has its own wording.
  await page.goto(libraryUrl)
  await expect(templates.lens(2).getByRole('textbox', { name: 'Prompt 1' })).toHaveValue(
    FUNDING.prompts[0]!,
  )
})

test('a template goes to another laptop as a file, with its lenses and their ids', async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000)
  const templates = new TemplatesPage(page, 'pointer')
  await writeTemplate(page, templates)
  await page.getByRole('link', { name: 'All templates' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: `Export ${NAME}` }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.vantage-template$/)
  const file = join(
    await mkdtemp(join(tmpdir(), 'vantage-template-file-')),
    'acme.vantage-template',
  )
  await download.saveAs(file)

  // A fresh profile: another laptop, with nothing of this one's.
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  await other.goto('/#/templates')
  await expect(other.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible()
  const choosing = other.waitForEvent('filechooser')
  await other.getByRole('button', { name: 'Import template' }).click()
  await (await choosing).setFiles(file)
  await expect(other.getByText(`Imported “${NAME}”.`)).toBeVisible()
  await expectAccessible(other)
  await other.getByRole('link', { name: `Edit ${NAME}` }).click()
  const imported = new TemplatesPage(other)
  await expect
    .poll(() => imported.lensHeadings())
    .toEqual(FOUR_LENSES.map((title, index) => `Lens ${index + 1}: ${title}`))
  await expect(imported.lens(2).getByRole('textbox', { name: 'Level 5 description' })).toHaveValue(
    FUNDING.levels[4]!,
  )

  // The same file again: keep both or replace, and keeping both adds a second one.
  const again = other.waitForEvent('filechooser')
  await other.getByRole('link', { name: 'All templates' }).click()
  await other.getByRole('button', { name: 'Import template' }).click()
  await (await again).setFiles(file)
  const conflict = other.getByRole('dialog', { name: `A template like “${NAME}” is already here` })
  await expect(conflict).toBeVisible()
  await conflict.getByRole('button', { name: 'Keep both' }).click()
  await expect(
    other.getByRole('list', { name: 'Your templates' }).getByRole('listitem'),
  ).toHaveCount(2)
  await elsewhere.close()
})
