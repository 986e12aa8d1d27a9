/**
 * A workshop run as the facilitator does it, in a translated app: the same steps as the English
 * page objects, found by the roles and by the labels of the chosen language (from its locale).
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { say, type LocaleName } from '../support/locale'

export type StepKey =
  'introduce' | 'rate-current' | 'reveal-current' | 'rate-target' | 'reveal-target' | 'gap'

export class TranslatedWorkshop {
  constructor(
    readonly page: Page,
    readonly language: LocaleName,
  ) {}

  /** A text of the app in this language. */
  say(key: string, values?: Record<string, string | number>): string {
    return say(this.language, key, values)
  }

  async chooseLanguage(fromLabel: string, name: string) {
    await this.page.getByRole('combobox', { name: fromLabel }).selectOption({ label: name })
    await expect(
      this.page.getByRole('combobox', { name: this.say('app.language.label') }),
    ).toBeVisible()
  }

  async createWorkshop(title: string) {
    await this.page.getByRole('button', { name: this.say('home.newWorkshop') }).click()
    const dialog = this.page.getByRole('dialog', { name: this.say('workshopForm.createTitle') })
    await dialog.getByRole('textbox', { name: this.say('workshopForm.title') }).fill(title)
    await dialog.getByRole('button', { name: this.say('workshopForm.create') }).click()
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor()
  }

  get participants(): Locator {
    return this.page.getByRole('region', { name: this.say('prepare.participants.heading') })
  }

  async addParticipants(names: readonly string[]) {
    await this.participants
      .getByRole('textbox', { name: this.say('prepare.participants.name'), exact: true })
      .focus()
    for (const name of names) {
      await this.page.keyboard.type(name)
      await this.page.keyboard.press('Enter')
    }
    await expect(this.participants.getByRole('status').first()).toContainText(
      this.say('prepare.participants.count', { count: names.length }),
    )
  }

  tab(key: 'prepare' | 'run' | 'compare' | 'map' | 'commit'): Locator {
    return this.page.getByRole('link', { name: this.say(`workshop.tabs.${key}`), exact: true })
  }

  stepButton(lens: string, step: StepKey): Locator {
    return this.page
      .getByRole('navigation', { name: this.say('facilitate.navigation') })
      .getByRole('button', {
        name: this.say('facilitate.stepLabel', {
          lens,
          step: this.say(`facilitate.steps.${step}`),
        }),
        exact: true,
      })
  }

  async expectAt(lens: string, step: StepKey) {
    await expect(this.page.locator('#step-title')).toHaveText(this.say(`facilitate.steps.${step}`))
    await expect(this.page.locator('.step-header')).toContainText(lens)
    await expect(this.stepButton(lens, step)).toHaveAttribute('aria-current', 'step')
  }

  /** Leaves any text field and presses a single-key shortcut, as FacilitatePage does. */
  async shortcut(key: string) {
    await this.page
      .locator('.step-header')
      .getByRole('button', { name: this.say('facilitate.next') })
      .focus()
    await this.page.keyboard.press(key)
  }

  async next(lens: string, step: StepKey) {
    await this.shortcut('n')
    await this.expectAt(lens, step)
  }

  /** One digit per person from the first row; the focus moves down by itself. */
  async rateAll(firstPerson: string, digits: readonly string[]) {
    const first = this.say('rating.rate.rateButton', { name: firstPerson, level: 1, label: '' })
    // Accessible names have their white space folded, the narrow spaces of French too.
    const pattern = escape(first.trim()).replace(/\s+/g, '\\s+')
    await this.page.getByRole('button', { name: new RegExp(`^${pattern}`) }).focus()
    for (const digit of digits) await this.page.keyboard.press(digit)
    const total = digits.length
    await expect(
      this.page.getByText(this.say('rating.count', { rated: total, total })),
    ).toBeVisible()
  }

  async reveal() {
    await this.shortcut('r')
    await expect(
      this.page.getByRole('button', { name: this.say('rating.reveal.hide') }),
    ).toBeVisible()
  }

  async agree(level: number) {
    const group = this.page.getByRole('radiogroup')
    await group.getByRole('radio').first().focus()
    await this.page.keyboard.press('Space')
    for (let i = 1; i < level; i++) await this.page.keyboard.press('ArrowRight')
    await expect(group.getByRole('radio', { name: new RegExp(`^${level}\\s*:`) })).toBeChecked()
  }

  async addCard(column: 'current' | 'target', text: string) {
    const region = this.page.getByRole('region', {
      name: this.say(`cards.columns.${column}.title`),
      exact: true,
    })
    await region
      .getByRole('textbox', { name: this.say(`cards.columns.${column}.addLabel`) })
      .focus()
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Enter')
    await region.getByText(text, { exact: true }).waitFor()
  }

  async writeKeyShift(text: string) {
    await this.page.getByRole('textbox', { name: this.say('facilitate.gap.keyShift') }).focus()
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Tab')
  }

  async waitUntilSaved() {
    await expect(
      this.page.getByRole('status').filter({ hasText: this.say('saveState.saved') }),
    ).toBeVisible()
  }

  async showView(area: 'compare' | 'commit' | 'teammap', view: string) {
    await this.page
      .getByRole('navigation', { name: this.say(`${area}.views.label`) })
      .getByRole('link', { name: this.say(`${area}.views.${view}`), exact: true })
      .click()
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
