/** Preparing a workshop: people, agenda and times, by keyboard and mouse, kept after a reload. */
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import type { Page } from '@playwright/test'
import { expect, test } from './support/test'

const ROOM = [
  ['Amara Okafor', 'CEO'],
  ['Ben Li', 'CTO'],
  ['Chloé Martin', 'CPO'],
  ['Dev Patel', 'Head of Design'],
  ['Eva Novak', 'CFO'],
  ['Farid Haddad', 'Head of Sales'],
] as const

const SIX_LENSES = [
  'Alignment',
  'Organisational design',
  'The product team',
  'Value creation process',
  'Cross-functional integration',
  'Leadership',
]

async function newWorkshop(page: Page): Promise<PreparePage> {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Leadership offsite', organisation: 'Northwind Logistics' })
  const prepare = new PreparePage(page)
  await prepare.participants.waitFor()
  return prepare
}

test('six people added by keyboard alone, then a pasted list', async ({ page }) => {
  const prepare = await newWorkshop(page)

  await prepare.nameField.focus()
  for (const [name, role] of ROOM) {
    await page.keyboard.type(name)
    await page.keyboard.press('Tab')
    await page.keyboard.type(role)
    await page.keyboard.press('Enter')
    await expect(prepare.nameField).toBeFocused()
    await expect(prepare.nameField).toHaveValue('')
  }
  await expect(prepare.participantCount).toHaveText('6 participants')

  await prepare.nameField.fill('ben li')
  await page.keyboard.press('Enter')
  await expect(prepare.participants.getByText('ben li is already in this workshop.')).toBeVisible()
  await prepare.nameField.fill('')

  await prepare.pasteList(['Gita Rao', 'Amara Okafor', 'Hugo Weber'])
  await expect(prepare.notice).toContainText(
    'Added 2. Skipped 1: Amara Okafor (already in the workshop).',
  )
  await expect(prepare.participantCount).toHaveText('8 participants')

  await page.reload()
  await expect
    .poll(() => prepare.participantNames())
    .toEqual([...ROOM.map(([name]) => name), 'Gita Rao', 'Hugo Weber'])
  await expect(
    prepare.participantList.getByRole('textbox', { name: 'Role of Dev Patel' }),
  ).toHaveValue('Head of Design')
})

test('participants reordered by keyboard drag, mouse drag and Move buttons', async ({ page }) => {
  const prepare = await newWorkshop(page)
  await prepare.pasteList(['Amara Okafor', 'Ben Li', 'Chloé Martin', 'Dev Patel'])

  await prepare.dragWithKeyboard('Amara Okafor', 2)
  await expect
    .poll(() => prepare.participantNames())
    .toEqual(['Ben Li', 'Chloé Martin', 'Amara Okafor', 'Dev Patel'])
  await expect(prepare.handle('Amara Okafor')).toBeFocused()

  await prepare.dragWithMouse('Dev Patel', 'Ben Li')
  await expect
    .poll(() => prepare.participantNames())
    .toEqual(['Dev Patel', 'Ben Li', 'Chloé Martin', 'Amara Okafor'])

  await prepare.moveButton('Chloé Martin', 'up').click()
  await expect(prepare.moveButton('Chloé Martin', 'up')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect
    .poll(() => prepare.participantNames())
    .toEqual(['Chloé Martin', 'Dev Patel', 'Ben Li', 'Amara Okafor'])

  await page.reload()
  await expect
    .poll(() => prepare.participantNames())
    .toEqual(['Chloé Martin', 'Dev Patel', 'Ben Li', 'Amara Okafor'])
})

test('agenda reordered by keyboard, a lens excluded, times set against the plan', async ({
  page,
}) => {
  const prepare = await newWorkshop(page)
  expect(await prepare.agendaLenses()).toEqual(SIX_LENSES)
  await expect(prepare.fit).toContainText('Planned: 3 h 0 min')
  await expect(prepare.fit).toContainText('Set a start and end time to check the plan.')

  // Leadership, often left out, goes first.
  await prepare.dragWithKeyboard('Leadership', -5)
  await expect.poll(() => prepare.agendaLenses()).toEqual(['Leadership', ...SIX_LENSES.slice(0, 5)])

  await prepare.include('Cross-functional integration').uncheck()
  await expect(prepare.excludedList.getByRole('checkbox')).toHaveCount(1)
  await expect(prepare.include('Cross-functional integration')).toBeFocused()

  await prepare.minutes('Alignment').fill('45')
  await prepare.minutes('Alignment').press('Enter')
  await expect(prepare.fit).toContainText('Planned: 2 h 45 min')

  await prepare.startTime.fill('09:00')
  await prepare.endTime.fill('11:30')
  await prepare.endTime.blur()
  await expect(prepare.fit).toContainText('Available: 2 h 30 min — 15 min over')
  await expect(prepare.agendaList.getByRole('listitem').nth(1)).toContainText('Starts 09:30')

  await prepare.endTime.fill('12:00')
  await prepare.endTime.blur()
  await expect(prepare.fit).toContainText('Available: 3 h 0 min — 15 min to spare')

  await prepare.anonymous.check()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()

  await page.reload()
  await expect
    .poll(() => prepare.agendaLenses())
    .toEqual([
      'Leadership',
      'Alignment',
      'Organisational design',
      'The product team',
      'Value creation process',
    ])
  await expect(prepare.include('Cross-functional integration')).not.toBeChecked()
  await expect(prepare.minutes('Alignment')).toHaveValue('45')
  await expect(prepare.startTime).toHaveValue('09:00')
  await expect(prepare.endTime).toHaveValue('12:00')
  await expect(prepare.anonymous).toBeChecked()
  await expect(prepare.fit).toContainText('15 min to spare')
})

test('removing a participant without ratings can be undone', async ({ page }) => {
  const prepare = await newWorkshop(page)
  await prepare.pasteList(['Amara Okafor', 'Ben Li'])
  await prepare.removeButton('Ben Li').click()
  await expect(prepare.notice).toContainText('Removed Ben Li.')
  await expect.poll(() => prepare.participantNames()).toEqual(['Amara Okafor'])
  await prepare.notice.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => prepare.participantNames()).toEqual(['Amara Okafor', 'Ben Li'])
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the prepare page and its dialogs have no axe violations', async ({
      page,
      expectAccessible,
    }) => {
      const prepare = await newWorkshop(page)
      await prepare.pasteList(['Amara Okafor', 'Ben Li', 'Chloé Martin'])
      await prepare.nameField.fill('Ben Li')
      await prepare.nameField.press('Enter')
      await expect(
        prepare.participants.getByText('Ben Li is already in this workshop.'),
      ).toBeVisible()
      await prepare.include('Leadership').uncheck()
      await prepare.startTime.fill('09:00')
      await prepare.endTime.fill('10:00')
      await prepare.endTime.blur()
      await expect(prepare.fit).toContainText('over')
      await expectAccessible()

      await prepare.handle('Ben Li').focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
      await expectAccessible()
      await page.keyboard.press('Escape')

      await prepare.participants.getByRole('button', { name: 'Paste a list' }).click()
      await expectAccessible()
    })
  })
}
