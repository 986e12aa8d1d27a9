/**
 * The PDF summary, printed from the print route by Chromium and read back with poppler: every
 * section, name and agreed score is there, ratings still hidden in the room are not, and a
 * workshop of 40 people (named, then anonymous) lays out with nothing clipped.
 */
import type { Page } from '@playwright/test'
import { CardsBoard } from './pages/CardsBoard'
import { FacilitatePage } from './pages/FacilitatePage'
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import { flat, occurrences, ReportPage } from './pages/ReportPage'
import { PEOPLE } from './support/people'
import { expect, test } from './support/test'

test.setTimeout(120_000)

const TITLE = 'Spring leadership offsite'
const ROOM = [...PEOPLE, 'Okafor-Lindqvist, Zoë']
const HIDDEN_NOTE = 'Quietly worried about zebra handoffs'

async function createWorkshop(page: Page, title: string): Promise<PreparePage> {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({
    title,
    organisation: 'Northwind Logistics',
    date: '2025-03-14',
    facilitator: 'Sam Carter',
  })
  const prepare = new PreparePage(page)
  await prepare.participants.waitFor()
  return prepare
}

async function noteFor(page: Page, name: string, note: string) {
  await page.getByRole('textbox', { name: `Note for ${name}` }).focus()
  await page.keyboard.type(note)
  await page.keyboard.press('Tab')
}

interface Round {
  lens: string
  today: string[]
  target: string[]
  agreed: [number, number]
  note: string
}

async function runLens(page: Page, round: Round, first: boolean) {
  const run = new FacilitatePage(page)
  const cards = new CardsBoard(page)
  const { lens } = round
  if (!first) await run.next({ lens, step: 'Introduce' })
  await run.next({ lens, step: 'Rate today' })
  await run.rateAll(ROOM[0]!, round.today)
  await noteFor(page, ROOM[1]!, round.note)
  await run.next({ lens, step: 'Reveal and agree, today' })
  await run.reveal()
  await run.agree(round.agreed[0])
  await cards.add('Today', `${lens}: what we see today`, 'evidence')
  await run.next({ lens, step: 'Rate the target' })
  await run.rateAll(ROOM[0]!, round.target)
  await run.next({ lens, step: 'Reveal and agree, target' })
  await run.reveal()
  await run.agree(round.agreed[1])
  await cards.add('Where we want to be', `${lens}: what good looks like`)
  await run.next({ lens, step: 'Gap and key shift' })
  await run.writeKeyShift(`${lens}: the one shift that matters most`)
}

test('the summary of a workshop under way: every section, names and scores, nothing hidden', async ({
  page,
}) => {
  const prepare = await createWorkshop(page, TITLE)
  await prepare.nameField.focus()
  await page.keyboard.type(ROOM[0]!)
  await page.keyboard.press('Tab')
  await page.keyboard.type('Chief Product Officer')
  await page.keyboard.press('Enter')
  await prepare.pasteList(ROOM.slice(1))
  await expect(prepare.participantCount).toHaveText(`${ROOM.length} participants`)
  await prepare.startTime.fill('09:00')
  await prepare.endTime.fill('16:00')
  await prepare.include('Cross-functional integration').uncheck()

  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.expectAt('Alignment', 'Introduce')
  const rounds: Round[] = [
    {
      lens: 'Alignment',
      today: ['2', '3', '2', '4', '3', '0', '1'],
      target: ['4', '4', '5', '4', '4', '4', '4'],
      agreed: [2, 4],
      note: 'Priorities change every quarter, so "focus" means guessing',
    },
    {
      lens: 'Organisational design',
      today: ['1', '2', '2', '1', '2', '2', '2'],
      target: ['4', '3', '4', '4', '4', '3', '4'],
      agreed: [1, 3],
      note: 'Teams mirror the org chart, not the customer',
    },
  ]
  for (const [index, round] of rounds.entries()) await runLens(page, round, index === 0)

  // The third lens is rated but not revealed: its values and notes stay in the room.
  await run.next({ lens: 'The product team', step: 'Introduce' })
  await run.next({ lens: 'The product team', step: 'Rate today' })
  await run.rateAll(ROOM[0]!, ['5', '5', '5', '5', '5', '5', '5'])
  await noteFor(page, ROOM[2]!, HIDDEN_NOTE)
  await run.waitUntilSaved()

  const report = new ReportPage(page)
  const id = report.workshopId()
  await report.open(id)
  await expect(page).toHaveTitle(TITLE)
  // Drawn without the app's frame: no app bar with its tagline.
  await expect(page.getByText('Workshops on your product operating model')).toHaveCount(0)
  const pdf = await report.print('workshop-under-way')
  report.renderPages(pdf, 'under-way')
  const text = flat(pdf.text)

  for (const part of [TITLE, 'Northwind Logistics', 'Sam Carter', 'Chief Product Officer'])
    expect(text).toContain(part)
  for (const name of ROOM) expect(text).toContain(name)
  for (const heading of ['Agenda', 'Overview', 'Not discussed yet']) expect(text).toContain(heading)
  for (const lens of [
    'Alignment',
    'Organisational design',
    'The product team',
    'Value creation process',
    'Leadership',
  ])
    expect(text).toContain(lens)
  expect(text).not.toContain('Cross-functional integration')
  expect(text).toContain('09:00')

  for (const round of rounds) {
    expect(text).toContain(`${round.lens}: the one shift that matters most`)
    expect(text).toContain(`${round.lens}: what we see today`)
    expect(text).toContain(`${round.lens}: what good looks like`)
    expect(text).toContain(round.note)
    expect(text).toMatch(new RegExp(`Agreed score ${round.agreed[0]}: `))
    expect(text).toMatch(new RegExp(`Agreed score ${round.agreed[1]}: `))
  }
  expect(text).toContain('Tags: evidence')
  // Four revealed states have a median; the hidden one only says how many rated.
  expect(occurrences(text, 'Median ')).toBe(4)
  expect(text).toContain(`The ratings were not revealed: ${ROOM.length} of ${ROOM.length} rated.`)
  expect(text).not.toContain(HIDDEN_NOTE)
  expect(text).not.toContain('Everyone at 5')

  // Footer: the title and "page / pages" on every page.
  expect(pdf.pageSize).toMatch(/\(A4\)/)
  expect(pdf.pages).toBeGreaterThanOrEqual(5)
  // pdftotext guesses spaces from glyph gaps and reads the footer's "1 / 8" as "1/8".
  expect(pdf.text).toMatch(new RegExp(`\\b1 ?/ ?${pdf.pages}\\b`))
  expect(pdf.text).toMatch(new RegExp(`\\b${pdf.pages} ?/ ?${pdf.pages}\\b`))
  expect(occurrences(pdf.text, TITLE)).toBeGreaterThanOrEqual(pdf.pages)
})

const FIRST = ['Ada', 'Bram', 'Chiara', 'Dmitri', 'Eun-ji', 'Farah', 'Gustavo', 'Hana']
const LAST = ['Achterberg', 'Bjørnstad', 'Castellanos', 'Dubois', 'Ekwueme']
const FORTY = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`))

test('forty people, named and then anonymous, print without clipping or names by ratings', async ({
  page,
}) => {
  // Paper is light whatever the system theme: this laptop runs dark.
  await page.emulateMedia({ colorScheme: 'dark' })
  const prepare = await createWorkshop(page, 'Cascade session with area leads')
  await prepare.pasteList(FORTY)
  await expect(prepare.participantCount).toHaveText('40 participants')

  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  const digits = FORTY.map((_, i) => String((i % 5) + 1))
  await run.rateAll(FORTY[0]!, digits)
  await noteFor(page, FORTY[3]!, 'A long note. '.repeat(20).trim())
  await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
  await run.reveal()
  await run.agree(3)
  await run.waitUntilSaved()

  const report = new ReportPage(page)
  const id = report.workshopId()
  await report.open(id)
  const named = await report.print('forty-named')
  report.renderPages(named, 'forty-named')
  const namedText = flat(named.text)
  // Each name on the cover and again beside the level that person chose; one with their note.
  for (const name of FORTY) expect(occurrences(namedText, name)).toBe(name === FORTY[3] ? 3 : 2)
  expect(namedText).toContain('40 of 40 rated')

  await page.goto(`/#/workshops/${id}`)
  await prepare.anonymous.check()
  await run.waitUntilSaved()
  await report.open(id, 'Letter')
  const anonymous = await report.print('forty-anonymous')
  expect(anonymous.pageSize).toMatch(/^612 x 792 pts/)
  report.renderPages(anonymous, 'forty-anonymous')
  const anonymousText = flat(anonymous.text)
  for (const name of FORTY) expect(occurrences(anonymousText, name)).toBe(1)
  expect(anonymousText).toContain('ratings are shown without names')
  expect(anonymousText).toMatch(/Notes \(without names\)/i)
  expect(anonymousText).toContain('A long note.')
})
