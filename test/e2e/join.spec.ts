/**
 * The room joins from its phones, for real: the join service the desktop app runs, started in
 * this test's Node process on 127.0.0.1 (support/joinLauncher.ts), the facilitator's page in web
 * mode talking to it, and eight phone-sized browser contexts. They join with the code, rate
 * today and the target on two lenses with notes; no phone ever holds another's note or name
 * before or after the reveal; one drops off the network mid-rating and keeps its rating; the
 * facilitator undoes one phone rating; the session file and the PDF hold them all.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FacilitatePage, type StepName } from './pages/FacilitatePage'
import { FilesPage } from './pages/FilesPage'
import { HomePage } from './pages/HomePage'
import { JoinPanel } from './pages/JoinPanel'
import { PhonePage } from './pages/PhonePage'
import { PresenterPage } from './pages/PresenterPage'
import { PreparePage } from './pages/PreparePage'
import { startJoinLauncher, type JoinLauncher } from './support/joinLauncher'
import { PEOPLE } from './support/people'
import { expect, test } from './support/test'

const ROOM = [...PEOPLE, 'Sofia Rossi', 'Kwame Mensah']
const SHOTS = join('test-results', 'join')

interface Round {
  lens: string
  rate: StepName
  reveal: StepName
  heading: string
}
const ROUNDS: Round[] = [
  {
    lens: 'Alignment',
    rate: 'Rate today',
    reveal: 'Reveal and agree, today',
    heading: 'Where are we today?',
  },
  {
    lens: 'Alignment',
    rate: 'Rate the target',
    reveal: 'Reveal and agree, target',
    heading: 'Where do we want to be?',
  },
  {
    lens: 'Organisational design',
    rate: 'Rate today',
    reveal: 'Reveal and agree, today',
    heading: 'Where are we today?',
  },
  {
    lens: 'Organisational design',
    rate: 'Rate the target',
    reveal: 'Reveal and agree, target',
    heading: 'Where do we want to be?',
  },
]

/** What person `i` rates in round `r`, and the private note they write with it. */
const level = (r: number, i: number) => ((i + r) % 5) + 1
const note = (r: number, i: number) => `Private note ${r}-${i} from ${ROOM[i]!.split(' ')[0]}`

let launcher: JoinLauncher

test.beforeAll(async () => {
  launcher = await startJoinLauncher()
})
test.afterAll(async () => {
  await launcher.stop()
})

test.setTimeout(300_000)

test('eight phones join, rate privately on two lenses, and every rating is kept', async ({
  page,
  browser,
  expectAccessible,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  // The facilitator's page, served by the launcher beside its join service.
  await page.goto(`${launcher.appUrl}#/`)
  const home = new HomePage(page)
  await home.heading.waitFor()
  await home.newWorkshopButton.click()
  await page.keyboard.type('Phones in the room')
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: 'Phones in the room' }).waitFor()
  const prepare = new PreparePage(page)
  await prepare.nameField.focus()
  for (const name of ROOM) {
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
  }
  await expect(prepare.participantCount).toContainText('8 participants')
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.expectAt('Alignment', 'Introduce')

  const panel = new JoinPanel(page)
  const { url, code } = await panel.start()
  expect(new URL(url).hostname).toBe('127.0.0.1')
  expect(url).toContain(`/${code}/`)
  // Shown to the room on the projector too, if the facilitator chooses; gone once they untick it.
  await panel.dialog.getByRole('checkbox', { name: 'Show on the projector' }).check()
  await page.screenshot({ path: join(SHOTS, 'facilitator-panel.png') })
  await panel.close()
  const presenter = await PresenterPage.open(page)
  const corner = presenter.page.getByRole('complementary', { name: 'Join from your phone' })
  await expect(corner).toContainText(`Join code ${code}`)
  await expect(corner.getByRole('img', { name: `QR code of ${url}` })).toBeVisible()
  await presenter.page.screenshot({ path: join(SHOTS, 'presenter-join.png') })
  await panel.button.click()
  await panel.dialog.getByRole('checkbox', { name: 'Show on the projector' }).uncheck()
  await expect(corner).toBeHidden()
  await presenter.page.close()

  const phones = await Promise.all(ROOM.map(() => PhonePage.open(browser, url)))
  await expectAccessible(phones[0]!.page)
  await phones[0]!.page.screenshot({ path: join(SHOTS, 'phone-pick.png') })
  for (const [i, phone] of phones.entries()) await phone.pick(ROOM[i]!)
  for (const name of ROOM) await expect(panel.phone(name)).toContainText('connected')
  await page.screenshot({ path: join(SHOTS, 'facilitator-phones.png') })
  await expectAccessible()
  await panel.close()
  for (const phone of phones) await phone.expectWaiting()
  await phones[0]!.page.screenshot({ path: join(SHOTS, 'phone-waiting.png') })

  const dropped = phones[7]!
  for (const [r, round] of ROUNDS.entries()) {
    if (r === 2) {
      await run.next({ lens: 'Alignment', step: 'Gap and key shift' })
      await run.next({ lens: round.lens, step: 'Introduce' })
    }
    await run.next({ lens: round.lens, step: round.rate })
    for (const [i, phone] of phones.entries()) {
      if (r === 0 && phone === dropped) continue
      await phone.rate(round.heading, level(r, i), note(r, i))
      if (r === 0 && i === 0) {
        await expectAccessible(phone.page)
        await phone.page.screenshot({ path: join(SHOTS, 'phone-sent.png'), fullPage: true })
      }
    }

    if (r === 0) {
      // Rated, then the Wi-Fi drops mid-change: the change waits on the phone and lands later.
      await dropped.rate(round.heading, 1, 'first thought')
      await dropped.context.setOffline(true)
      await expect(dropped.page.getByText(/^Not connected: trying again/)).toBeVisible()
      await dropped.page.screenshot({ path: join(SHOTS, 'phone-offline.png') })
      await dropped.choose(level(r, 7))
      await dropped.page.getByLabel('Note (optional)').fill(note(r, 7))
      await dropped.send()
      await expect(dropped.page.getByText(/^Sent\./)).toBeHidden()
      await dropped.context.setOffline(false)
      await dropped.expectSent()
    }

    if (r === 3) {
      // The facilitator takes one phone's rating back; the phone says so, and its person sends it again.
      await expect(page.getByText('8 of 8 rated')).toBeVisible()
      await run.header.getByRole('button', { name: 'Undo' }).click()
      await expect(page.getByText('7 of 8 rated')).toBeVisible()
      const last = phones[7]!
      await expect(last.page.getByText(/^The facilitator changed or took back/)).toBeVisible()
      await last.page.screenshot({ path: join(SHOTS, 'phone-withdrawn.png') })
      await last.send()
      await last.expectSent()
    }
    await expect(page.getByText('8 of 8 rated')).toBeVisible()

    // Before the reveal, and after it: no phone holds another's note, or another's name.
    for (const [i, phone] of phones.entries()) {
      const dom = await phone.dom()
      for (const [j, other] of ROOM.entries()) {
        if (j === i) continue
        expect(dom).not.toContain(other)
        expect(dom).not.toContain(note(r, j))
      }
    }

    await run.next({ lens: round.lens, step: round.reveal })
    for (const phone of phones) await phone.expectWaiting()
    await run.reveal()
    await expect(page.locator('.reveal-results')).toContainText('8 of 8 rated')
    for (const [i, phone] of phones.entries()) {
      const dom = await phone.dom()
      for (const j of ROOM.keys()) if (j !== i) expect(dom).not.toContain(note(r, j))
    }
  }

  // The session file holds all 32 ratings with their notes, as the phones last sent them.
  const files = new FilesPage(page, test.info().outputPath())
  const saved = await files.download('Save session file')
  const { participants, ratings } = JSON.parse(saved.text) as {
    participants: { id: string; name: string }[]
    ratings: {
      participantId: string
      lensId: string
      state: string
      value: unknown
      note: string
    }[]
  }
  expect(ratings).toHaveLength(32)
  const kwame = participants.find((p) => p.name === 'Kwame Mensah')!
  expect(
    ratings.find(
      (r) => r.participantId === kwame.id && r.lensId === 'alignment' && r.state === 'current',
    ),
  ).toMatchObject({ value: level(0, 7), note: note(0, 7) })
  expect(
    ratings.find(
      (r) =>
        r.participantId === kwame.id &&
        r.lensId === 'organisational-design' &&
        r.state === 'target',
    ),
  ).toMatchObject({ value: level(3, 7), note: note(3, 7) })
  for (const [r] of ROUNDS.entries())
    for (const i of [0, 3, 6]) expect(saved.text).toContain(note(r, i))

  // And the PDF, printed from the same page's print route.
  const workshopId = /#\/workshops\/([^/?]+)/.exec(page.url())![1]!
  await page.goto(`${launcher.appUrl}#/print/${workshopId}?paper=A4`)
  await page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached' })
  const pdf = test.info().outputPath('phones.pdf')
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  )
  for (const name of ROOM) expect(text).toContain(name)
  expect(text).toContain(note(0, 7))
  expect(text).toContain(note(3, 0))

  for (const phone of phones) expect(phone.escaped, 'phone requests off 127.0.0.1').toEqual([])
  await Promise.all(phones.map((phone) => phone.close()))
  expect(await readFile(saved.path, 'utf8')).toBe(saved.text)
})

test('in an anonymous workshop no phone sees a name; the facilitator lets each in by its label', async ({
  page,
  browser,
  expectAccessible,
}) => {
  const room = PEOPLE.slice(0, 3)
  await page.goto(`${launcher.appUrl}#/`)
  const home = new HomePage(page)
  await home.heading.waitFor()
  await home.newWorkshopButton.click()
  await page.keyboard.type('Anonymous round')
  await page.keyboard.press('Enter')
  const prepare = new PreparePage(page)
  await prepare.nameField.focus()
  for (const name of room) {
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
  }
  await prepare.anonymous.check()
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.expectAt('Alignment', 'Introduce')
  const panel = new JoinPanel(page)
  const { url, code } = await panel.start()

  // A mistyped code is refused, and the facilitator sees it counted.
  const stranger = await PhonePage.open(browser, url.replace(code, 'AAAAAA'))
  await expect(panel.dialog.getByText('1 connection refused')).toBeVisible()
  await stranger.close()

  // A phone set to German reads the page in German, whatever the laptop speaks.
  const german = await PhonePage.open(browser, url, 'de-DE')
  await expect(
    german.page.getByRole('heading', { name: 'Warten, bis die Moderation Sie einlässt.' }),
  ).toBeVisible()
  await expectAccessible(german.page)
  await german.close()

  const phones = await Promise.all(room.slice(0, 2).map(() => PhonePage.open(browser, url)))
  for (const [i, phone] of phones.entries()) {
    await expect(
      phone.page.getByText('Show this to the facilitator so they can let you in:'),
    ).toBeVisible()
    const label = await phone.page.locator('.phone__label').innerText()
    if (i === 0) await phone.page.screenshot({ path: join(SHOTS, 'phone-anonymous-label.png') })
    const item = panel.dialog.getByRole('listitem').filter({ hasText: `Phone ${label}` })
    await item.getByLabel(`Let phone ${label} in as`).selectOption({ label: room[i]! })
    await item.getByRole('button', { name: 'Let in' }).click()
    await expect(phone.page.getByText('You are in.')).toBeVisible()
  }
  await expectAccessible(phones[0]!.page)
  await phones[0]!.page.screenshot({ path: join(SHOTS, 'phone-anonymous.png') })
  await panel.close()

  // Joining goes on across the workshop's tabs.
  await page.getByRole('link', { name: 'Compare' }).click()
  await expect(panel.button).toHaveText('Joining is on · 2 phones')
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  await run.next({ lens: 'Alignment', step: 'Rate today' })
  for (const [i, phone] of phones.entries())
    await phone.rate('Where are we today?', i + 2, `anon ${i}`)
  await expect(page.getByText('2 of 3 rated')).toBeVisible()
  await run.next({ lens: 'Alignment', step: 'Reveal and agree, today' })
  await run.reveal()
  for (const phone of phones) {
    await phone.expectWaiting()
    const dom = await phone.dom()
    for (const name of room) expect(dom).not.toContain(name)
    expect(phone.escaped).toEqual([])
  }
  await Promise.all(phones.map((phone) => phone.close()))
})
