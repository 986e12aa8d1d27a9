/**
 * The Map tab: today's map drawn by mouse and by keyboard, the target started from today and
 * changed, everything still there after a reload and in a session file opened in a fresh
 * profile, and no axe violations in either theme.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { FilesPage } from './pages/FilesPage'
import { HomePage } from './pages/HomePage'
import { MapPage } from './pages/MapPage'
import { expect, test } from './support/test'

async function newWorkshopOnMap(page: Page): Promise<MapPage> {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Operating model offsite' })
  const map = new MapPage(page)
  await map.openTab()
  await expect(page.getByRole('heading', { level: 2, name: 'Today’s team map' })).toBeVisible()
  return map
}

test('today’s map drawn by mouse: teams added, one dragged, a line drawn between two', async ({
  page,
}) => {
  const map = await newWorkshopOnMap(page)
  await expect(map.canvas.getByText('No teams yet. Add a team to start the map.')).toBeVisible()
  await map.addTeam({ name: 'Checkout', scope: 'Buying online, end to end' })
  await map.addTeam({ name: 'Payments', type: 'platform', size: '7' })
  await map.addTeam({ name: 'Search', scope: 'Finding products' })
  await map.addTeam({ name: 'Data enablement', type: 'enabling' })
  await map.addTeam({ name: 'Fraud scoring', type: 'complicated-subsystem', funding: 'project' })
  expect(await map.names('Teams')).toEqual([
    'Checkout',
    'Data enablement',
    'Fraud scoring',
    'Payments',
    'Search',
  ])
  await expect(map.item('Payments')).toContainText('Platform')
  await expect(map.item('Payments')).toContainText('7 people')

  await page.getByRole('button', { name: 'Fit to screen' }).click()
  const before = await map.settledBox('Search')
  await map.dragTeam('Search', 0, 120)
  await expect(map.spoken).toHaveText('Search team moved.')
  const after = await map.node('Search').boundingBox()
  expect(after && after.y - before.y).toBeGreaterThan(60)

  await map.drawInteraction('Checkout', 'Payments')
  const form = map.dialog('Add an interaction')
  await expect(form.getByRole('combobox', { name: 'From' })).toHaveValue(/.+/)
  await form.getByRole('combobox', { name: 'Mode' }).selectOption('x-as-a-service')
  await form.getByRole('textbox', { name: 'Purpose' }).fill('Take card payments')
  await form.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(map.status).toContainText('Interaction added: Checkout → Payments, X-as-a-service.')
  await expect(map.edge('Checkout → Payments, X-as-a-service')).toBeAttached()
  await expect(map.item('Checkout → Payments, X-as-a-service')).toContainText('Take card payments')
})

test('today’s map drawn by keyboard alone: add, move, connect, edit and delete with undo', async ({
  page,
}) => {
  const map = await newWorkshopOnMap(page)
  const names = ['Checkout', 'Payments', 'Search', 'Identity', 'Platform tools']
  for (const name of names) {
    await page.getByRole('button', { name: 'Add team' }).focus()
    await page.keyboard.press('Enter')
    const form = map.dialog('Add a team')
    await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await page.keyboard.type(name)
    await page.keyboard.press('Enter')
    await expect(form).toBeHidden()
    // The new team is selected and focused on the canvas, ready for the arrow keys.
    await expect(map.node(name)).toBeFocused()
  }
  const node = map.node('Platform tools')
  const start = await node.boundingBox()
  await page.keyboard.press('ArrowDown')
  await expect(map.spoken).toHaveText('Platform tools team moved.')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowRight')
  const moved = await node.boundingBox()
  expect(moved && start && moved.y - start.y).toBeGreaterThan(10)

  // Enter edits the focused team.
  await page.keyboard.press('Enter')
  const edit = map.dialog('Edit Platform tools')
  await edit.getByRole('combobox', { name: 'Type' }).selectOption('platform')
  await edit.getByRole('textbox', { name: 'Name' }).focus()
  await page.keyboard.press('Enter')
  await expect(edit).toBeHidden()
  await expect(node).toBeFocused()
  await expect(map.item('Platform tools')).toContainText('Platform')

  // An interaction from the toolbar's form: the selected team is its From.
  await page.getByRole('button', { name: 'Add interaction' }).focus()
  await page.keyboard.press('Enter')
  const form = map.dialog('Add an interaction')
  await expect(form.getByRole('combobox', { name: 'From' })).toHaveText(/Platform tools/)
  await form.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Checkout' })
  await form.getByRole('combobox', { name: 'Mode' }).selectOption('facilitating')
  await form.getByRole('textbox', { name: 'Purpose' }).focus()
  await page.keyboard.press('Enter')
  await expect(map.status).toContainText(
    'Interaction added: Platform tools → Checkout, Facilitating.',
  )

  // Delete on the focused team removes it and its line; Undo brings both back.
  await map.node('Identity').focus()
  await page.keyboard.press('Delete')
  await expect(map.status).toContainText('Removed the team Identity.')
  await expect(map.node('Identity')).toHaveCount(0)
  const undo = map.status.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(map.node('Identity')).toBeVisible()
  await expect(map.node('Identity')).toBeFocused()

  await map.node('Platform tools').focus()
  await page.keyboard.press('Delete')
  await expect(map.status).toContainText('Removed the team Platform tools and its 1 interaction.')
  await page.keyboard.press('Enter')
  await expect(map.edge('Platform tools → Checkout, Facilitating')).toBeAttached()
})

test('the target starts from today, changes on its own, is kept after a reload and in a session file', async ({
  page,
  browser,
}) => {
  const map = await newWorkshopOnMap(page)
  await map.addTeam({ name: 'Checkout' })
  await map.addTeam({ name: 'Payments', type: 'platform', funding: 'project' })
  await map.addTeam({ name: 'Search' })
  await map.drawInteraction('Checkout', 'Payments')
  await map.dialog('Add an interaction').getByRole('button', { name: 'Add', exact: true }).click()
  await expect(map.status).toContainText('Interaction added: Checkout → Payments, Collaboration.')

  await map.show('Target')
  await expect(page.getByRole('heading', { name: 'No target map yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Start the target from today' }).click()
  await expect(map.status).toContainText('The target now starts from today’s map.')
  expect(await map.names('Teams')).toEqual(['Checkout', 'Payments', 'Search'])

  // Two teams change, an interaction changes mode, a team's funding model changes.
  await map.item('Search').getByRole('button', { name: 'Edit Search' }).click()
  let form = map.dialog('Edit Search')
  await form.getByRole('textbox', { name: 'Name' }).fill('Discovery')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(map.status).toContainText('Saved Discovery.')
  await map.item('Payments').getByRole('button', { name: 'Edit Payments' }).click()
  form = map.dialog('Edit Payments')
  await form.getByRole('combobox', { name: 'Funding model' }).selectOption('stable-team')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(map.item('Payments')).toContainText('Stable team')
  await map
    .item('Checkout → Payments, Collaboration')
    .getByRole('button', { name: /^Edit/ })
    .click()
  form = map.dialog(/^Edit the interaction/)
  await form.getByRole('combobox', { name: 'Mode' }).selectOption('x-as-a-service')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(map.edge('Checkout → Payments, X-as-a-service')).toBeAttached()

  // Replacing the target asks first; keeping it changes nothing.
  await page.getByRole('button', { name: 'Replace the target with today' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Keep the target' }).click()

  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: 'Target team map' })).toBeVisible()
  expect(await map.names('Teams')).toEqual(['Checkout', 'Discovery', 'Payments'])
  await expect(map.item('Payments')).toContainText('Stable team')
  expect(await map.names('Interactions')).toEqual(['Checkout → Payments, X-as-a-service'])
  await map.show('Today')
  expect(await map.names('Teams')).toEqual(['Checkout', 'Payments', 'Search'])
  await expect(map.item('Payments')).toContainText('Project')
  expect(await map.names('Interactions')).toEqual(['Checkout → Payments, Collaboration'])
  await map.show('Changes')
  // Exactly what the room changed, and nothing else.
  await expect(page.locator('.map-diff__line')).toHaveText([
    // By name within each kind, as a person reads a list.
    'Changed Discovery: renamed from ‘Search’',
    'Changed Payments: funded as a stable team instead of a project',
    'Changed Checkout → Payments: X-as-a-service instead of collaboration',
  ])

  // Taken home as a session file and opened in a fresh profile: both maps and the changes.
  const folder = await mkdtemp(join(tmpdir(), 'vantage-map-file-'))
  const saved = await new FilesPage(page, folder).download('Save session file')
  const fresh = await browser.newContext({ baseURL: page.url().split('#')[0] })
  const other = await fresh.newPage()
  await new FilesPage(other, folder).open(saved.path)
  await expect(
    other.getByRole('heading', { level: 1, name: 'Operating model offsite' }),
  ).toBeVisible()
  const there = new MapPage(other)
  await there.openTab()
  expect(await there.names('Teams')).toEqual(['Checkout', 'Payments', 'Search'])
  expect(await there.names('Interactions')).toEqual(['Checkout → Payments, Collaboration'])
  await there.show('Target')
  expect(await there.names('Teams')).toEqual(['Checkout', 'Discovery', 'Payments'])
  await there.show('Changes')
  await expect(other.locator('.map-diff__line')).toHaveCount(3)
  await fresh.close()
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the map editor, its forms and the target start have no axe violations', async ({
      page,
      expectAccessible,
    }) => {
      const map = await newWorkshopOnMap(page)
      await expectAccessible()
      await map.addTeam({ name: 'Checkout', scope: 'Buying online' })
      await map.addTeam({ name: 'Payments', type: 'platform' })
      await map.drawInteraction('Checkout', 'Payments')
      await map
        .dialog('Add an interaction')
        .getByRole('button', { name: 'Add', exact: true })
        .click()
      await expectAccessible()

      await page.getByRole('button', { name: 'Add team' }).click()
      await map.dialog('Add a team').getByRole('button', { name: 'Add', exact: true }).click()
      await expect(map.dialog('Add a team').getByText('Give it a name.')).toBeVisible()
      await expectAccessible()
      await page.keyboard.press('Escape')

      await map.list.getByRole('button', { name: 'Add ritual' }).click()
      await expectAccessible()
      await page.keyboard.press('Escape')

      await map.show('Target')
      await expectAccessible()
      await page.getByRole('button', { name: 'Start the target from today' }).click()
      await page.getByRole('button', { name: 'Replace the target with today' }).click()
      await expectAccessible()
    })
  })
}
