/**
 * The page as the desktop app runs it, in real Chromium, with main stood in for (DesktopHost):
 * the menu's commands reach the right place and the menu hears what applies, a session or
 * template file the OS hands over opens like any other, and a quit waits until the typing is
 * saved and backed up.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { FacilitatePage } from './pages/FacilitatePage'
import { HomePage } from './pages/HomePage'
import { PreparePage } from './pages/PreparePage'
import { DESKTOP_INFO, DesktopHost } from './support/desktopHost'
import { expect, test } from './support/test'

const SIX_LENS = readFileSync(
  resolve(import.meta.dirname, '../fixtures/sessions/valid-six-lens-workshop.vantage'),
  'utf8',
)
const FOUR_LENS_TEMPLATE = readFileSync(
  resolve(import.meta.dirname, '../fixtures/templates/valid-four-lens-optional.vantage-template'),
  'utf8',
)

test('the application menu drives the app, and hears what applies', async ({
  page,
  expectAccessible,
}) => {
  const host = await DesktopHost.install(page)
  const home = new HomePage(page)
  await home.goto()
  await expect.poll(() => host.lastMenuState()).toMatchObject({ workshopOpen: false })

  await host.choose('newWorkshop')
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByRole('textbox', { name: /Title/ }).fill('Spring offsite')
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Spring offsite' })).toBeVisible()
  await expect
    .poll(() => host.lastMenuState())
    .toEqual({
      workshopOpen: true,
      canUndo: false,
      canRedo: false,
      presenterOpen: false,
      presenterBlank: false,
    })

  const prepare = new PreparePage(page)
  await prepare.nameField.fill('Amara Okafor')
  await prepare.nameField.press('Enter')
  const amara = prepare.participants.getByRole('textbox', { name: 'Name of Amara Okafor' })
  await expect(amara).toBeVisible()
  await expect.poll(() => host.lastMenuState()).toMatchObject({ canUndo: true })

  // Edit › Undo and Redo act on the workshop when the focus is not in a field…
  await page.getByRole('heading', { level: 1, name: 'Spring offsite' }).click()
  await host.choose('undo')
  await expect(amara).toHaveCount(0)
  await host.choose('redo')
  await expect(amara).toBeVisible()
  // …and on the typing while it is.
  await prepare.nameField.focus()
  await page.keyboard.type('Jonas')
  await host.choose('undo')
  await expect(prepare.nameField).toHaveValue('')
  await expect(amara).toBeVisible()

  // File › Save as… saves the session file and says so where the button would.
  await host.choose('saveSession')
  await expect(page.getByText('Saved “Spring offsite.vantage”.')).toBeVisible()
  const [saved] = await host.saved()
  expect(saved?.suggestedName).toBe('Spring offsite.vantage')
  expect(saved?.contents).toContain('Amara Okafor')

  // Help › Keyboard shortcuts and About.
  await host.choose('shortcuts')
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(shortcuts.getByText('Save the workshop as a session file')).toBeVisible()
  await expectAccessible()
  await page.keyboard.press('Escape')
  await host.choose('about')
  const about = page.getByRole('dialog', { name: 'About Vantage' })
  await expect(about).toContainText(DESKTOP_INFO.version)
  await expect(about).toContainText(DESKTOP_INFO.dataFolder)
  await expectAccessible()
  await page.keyboard.press('Escape')

  // Away from the workshop the menu greys out what needs one.
  await page.getByRole('link', { name: 'Back to all workshops' }).click()
  await expect
    .poll(() => host.lastMenuState())
    .toEqual({
      workshopOpen: false,
      canUndo: false,
      canRedo: false,
      presenterOpen: false,
      presenterBlank: false,
    })
})

test('a session file the OS hands over opens in the running window', async ({ page }) => {
  const host = await DesktopHost.install(page)
  await new HomePage(page).goto()
  await host.handOver('Spring offsite.vantage', SIX_LENS)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Workshops')
  await expect(page).toHaveURL(/#\/workshops\/7b0c6a2e-4f1d-4c8e-9a51-2f6d3e8b1c40$/)

  await host.handOver('notes.vantage', '{"todo": 1}')
  await expect(page.getByRole('dialog', { name: 'This file cannot be opened' })).toContainText(
    'notes.vantage',
  )
})

test('a template file the OS hands over lands in the template library', async ({ page }) => {
  const host = await DesktopHost.install(page)
  await new HomePage(page).goto()
  await host.handOver('Cascade.vantage-template', FOUR_LENS_TEMPLATE)
  await expect(page).toHaveURL(/#\/templates$/)
  const own = page.getByRole('list', { name: 'Your templates' })
  await expect(own.getByRole('heading', { name: 'Area leads cascade (four lenses)' })).toBeVisible()

  // The same file again asks first; keeping both leaves two.
  await host.handOver('Cascade copy.vantage-template', FOUR_LENS_TEMPLATE)
  const dialog = page.getByRole('dialog', { name: /is already here/ })
  await dialog.getByRole('button', { name: 'Keep both' }).click()
  await expect(own.getByRole('listitem')).toHaveCount(2)
})

test('quitting saves what is still being typed and writes a last backup holding it', async ({
  page,
}) => {
  const host = await DesktopHost.install(page)
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Spring offsite' })
  await page.getByRole('link', { name: 'Run the workshop' }).click()
  const run = new FacilitatePage(page)
  await run.stepButton('Alignment', 'Gap and key shift').click()
  await run.keyShift.focus()
  const shift = 'Say why a priority changed, every time'
  await page.keyboard.type(shift)
  // Quit at once, inside the autosave's 300 ms: the page is asked before it has saved.
  await host.quit()

  const backups = await host.backups()
  expect(backups.at(-1)).toContain(shift)
  await page.reload()
  await run.stepButton('Alignment', 'Gap and key shift').click()
  await expect(run.keyShift).toHaveValue(shift)
})
