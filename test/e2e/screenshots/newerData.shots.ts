/** Screenshots of the screen shown when a newer Vantage saved the data, both themes and sizes. */
import { HomePage } from '../pages/HomePage'
import { NewerDataPage } from '../pages/NewerDataPage'
import { writeAsNewerVantage } from '../support/rawDatabase'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

for (const look of LOOKS) {
  test(`newer data ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    await new HomePage(page).goto()
    await writeAsNewerVantage(page, { name: 'vantage', version: 10_000, fresh: true })
    await page.reload()
    await expect(new NewerDataPage(page).whatToDo).toBeVisible()
    await expect(page.getByText(/^This is Vantage /)).toBeVisible()
    await shot('newer-data')
  })
}
