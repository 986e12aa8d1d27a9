/**
 * Running a workshop as the facilitator does, by keyboard: the step list, the shortcuts, the
 * rating rows, the reveal and the agreed score. Found by roles and labels.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export type StepName =
  | 'Introduce'
  | 'Rate today'
  | 'Reveal and agree, today'
  | 'Rate the target'
  | 'Reveal and agree, target'
  | 'Gap and key shift'

export class FacilitatePage {
  constructor(readonly page: Page) {}

  get steps(): Locator {
    return this.page.getByRole('navigation', { name: 'Workshop steps' })
  }

  get stepTitle(): Locator {
    return this.page.locator('#step-title')
  }

  get header(): Locator {
    return this.page.locator('.step-header')
  }

  stepButton(lens: string, step: StepName): Locator {
    return this.steps.getByRole('button', { name: `${lens}: ${step}`, exact: true })
  }

  /** Where the facilitator stands: the lens in the header and the step title. */
  async expectAt(lens: string, step: StepName) {
    await expect(this.stepTitle).toHaveText(step)
    await expect(this.header).toContainText(lens)
    await expect(this.stepButton(lens, step)).toHaveAttribute('aria-current', 'step')
  }

  /** Leaves any text field (Tab moves on and saves it) and presses a single-key shortcut. */
  async shortcut(key: string) {
    await this.page.locator('.step-header').getByRole('button', { name: 'Next step' }).focus()
    await this.page.keyboard.press(key)
  }

  async next(expected: { lens: string; step: StepName }) {
    await this.shortcut('n')
    await this.expectAt(expected.lens, expected.step)
  }

  /** Types one digit per person, starting with the first row; focus moves down by itself. */
  async rateAll(firstPerson: string, digits: string[]) {
    await this.page.getByRole('button', { name: new RegExp(`^Rate ${firstPerson} 1:`) }).focus()
    for (const digit of digits) await this.page.keyboard.press(digit)
    await expect(this.page.getByText(`${digits.length} of ${digits.length} rated`)).toBeVisible()
  }

  async reveal() {
    await this.shortcut('r')
    await expect(this.page.getByRole('button', { name: 'Hide ratings again' })).toBeVisible()
  }

  /** Chooses the agreed score with the arrow keys, as in any radio group. */
  async agree(level: number) {
    const group = this.page.getByRole('radiogroup')
    await group.getByRole('radio').first().focus()
    await this.page.keyboard.press('Space')
    for (let i = 1; i < level; i++) await this.page.keyboard.press('ArrowRight')
    await expect(group.getByRole('radio', { name: new RegExp(`^${level}:`) })).toBeChecked()
  }

  get keyShift(): Locator {
    return this.page.getByRole('textbox', { name: 'The most important shift' })
  }

  async writeKeyShift(text: string) {
    await this.keyShift.focus()
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Tab')
  }

  async waitUntilSaved() {
    await expect(
      this.page.getByRole('status').filter({ hasText: 'All changes saved' }),
    ).toBeVisible()
  }
}
