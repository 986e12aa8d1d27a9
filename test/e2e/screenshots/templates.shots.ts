/**
 * Screenshots of templates: the library, the editor with a lens just added (fields still to
 * fill), and Prepare's lenses of a workshop with one lens open for rewording and the add dialog.
 */
import { HomePage } from '../pages/HomePage'
import { expect, test } from '../support/test'
import { dress, LOOKS } from './looks'

for (const look of LOOKS) {
  test(`templates ${look.name}`, async ({ page }) => {
    const shot = await dress(page, look)
    await page.goto('/#/templates')
    await page.getByRole('button', { name: 'Duplicate Vantage six lenses' }).click()
    await expect(page.getByRole('link', { name: 'Edit Vantage six lenses (copy)' })).toBeVisible()
    await shot('templates-library')

    await page.getByRole('link', { name: 'Edit Vantage six lenses (copy)' }).click()
    await expect(page.getByRole('heading', { level: 3, name: /^Lens 1: / })).toBeVisible()
    await shot('templates-editor')
    await page.getByRole('button', { name: 'Add lens' }).click()
    await page.getByRole('region', { name: /^Lens 7: / }).scrollIntoViewIfNeeded()
    await shot('templates-editor-new-lens')

    const home = new HomePage(page)
    await home.goto()
    await home.createWorkshop({ title: 'Spring leadership offsite' })
    const lenses = page.getByRole('region', { name: 'Lenses in this workshop' })
    await lenses.getByRole('button', { name: 'Edit The product team' }).click()
    await lenses.getByRole('region', { name: /^Lens 3: / }).scrollIntoViewIfNeeded()
    await shot('prepare-lenses-editing')
    await lenses.getByRole('button', { name: 'Add a lens' }).click()
    await expect(page.getByRole('dialog', { name: 'Add a lens to this workshop' })).toBeVisible()
    await shot('prepare-add-lens')
  })
}
