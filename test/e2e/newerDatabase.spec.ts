/**
 * Data saved by a newer Vantage: this version shows one screen saying so, and leaves the
 * database exactly as it found it, version, stores and records, whether it learns of the newer
 * version from the browser's list of databases or, without that list, from the open itself.
 */
import { HomePage } from './pages/HomePage'
import { NewerDataPage } from './pages/NewerDataPage'
import { readPageDatabase, writeAsNewerVantage } from './support/rawDatabase'
import { expect, test } from './support/test'

/** The app's database name, fixed forever (renderer/src/db/database.ts). */
const DATABASE = 'vantage'
/** Far beyond any version this Vantage declares (Dexie's version × 10). */
const NEWER_VERSION = 10_000

const EXPECTED_NEWER_STATE = {
  version: NEWER_VERSION,
  stores: ['futurePlans'],
  records: { futurePlans: [{ id: 'p1', title: 'Later' }] },
}

test('a newer Vantage’s database is named as such, and kept exactly as it was', async ({
  page,
  expectAccessible,
}) => {
  await new HomePage(page).goto()
  await writeAsNewerVantage(page, { name: DATABASE, version: NEWER_VERSION, fresh: true })
  expect(await readPageDatabase(page, DATABASE)).toEqual(EXPECTED_NEWER_STATE)

  await page.reload()
  const screen = new NewerDataPage(page)
  await expect(screen.heading).toBeVisible()
  await expect(screen.nothingLost).toBeVisible()
  await expect(screen.whatToDo).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Workshops' })).toHaveCount(0)
  await expectAccessible()

  expect(await readPageDatabase(page, DATABASE)).toEqual(EXPECTED_NEWER_STATE)
  // And again: looking twice changes nothing either.
  await page.reload()
  await expect(screen.heading).toBeVisible()
  expect(await readPageDatabase(page, DATABASE)).toEqual(EXPECTED_NEWER_STATE)
})

test('workshops a newer Vantage carried on with are left untouched', async ({ page }) => {
  const home = new HomePage(page)
  await home.goto()
  await home.createWorkshop({ title: 'Leadership offsite, spring', organisation: 'Northwind' })
  await home.goto()
  // A newer Vantage opening the same data raises its version and adds a table of its own.
  await writeAsNewerVantage(page, { name: DATABASE, version: NEWER_VERSION, fresh: false })
  const before = await readPageDatabase(page, DATABASE)
  expect(before?.version).toBe(NEWER_VERSION)
  expect(before?.records.workshops).toEqual([
    expect.objectContaining({ title: 'Leadership offsite, spring', organisation: 'Northwind' }),
  ])

  await page.reload()
  await expect(new NewerDataPage(page).heading).toBeVisible()
  await expect(page.getByText('Leadership offsite, spring')).toHaveCount(0)

  expect(await readPageDatabase(page, DATABASE)).toEqual(before)
})

test('without the browser’s list of databases, the open itself refuses and changes nothing', async ({
  page,
}) => {
  await new HomePage(page).goto()
  await writeAsNewerVantage(page, { name: DATABASE, version: NEWER_VERSION, fresh: true })
  // A browser that keeps no list: start-up cannot look, so only the guard in the open can tell.
  await page.addInitScript(() => {
    Reflect.deleteProperty(IDBFactory.prototype, 'databases')
  })

  await page.reload()
  await expect(new NewerDataPage(page).heading).toBeVisible()

  expect(await readPageDatabase(page, DATABASE)).toEqual(EXPECTED_NEWER_STATE)
})
