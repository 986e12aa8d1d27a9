/**
 * The commit tab as a facilitator uses it: bets made from gaps, dots entered per person, and the
 * prioritised list with its commit line and parking lot, by keyboard and by mouse.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { dragLiveRegion, keyboardDrag, pointerDrag } from '../support/drag'

export type CommitViewName = 'Bets' | 'Dot voting' | 'Prioritise' | 'Review earlier bets'

export class CommitPage {
  constructor(readonly page: Page) {}

  async openTab() {
    await this.page.getByRole('link', { name: 'Commit', exact: true }).click()
  }

  async show(view: CommitViewName) {
    await this.page
      .getByRole('navigation', { name: 'Commit views' })
      .getByRole('link', { name: view })
      .click()
  }

  /** In Compare → Gaps ranked: makes a bet on a lens's gap with the form's fields. */
  async betFromGap(lens: string, fields: { title: string; owner: string; horizon: string }) {
    await this.page.getByRole('button', { name: `Make a bet on ${lens}` }).click()
    const form = this.page.getByRole('dialog', { name: 'New bet' })
    await form.getByRole('textbox', { name: 'Title' }).fill(fields.title)
    await form.getByRole('combobox', { name: 'Owner' }).fill(fields.owner)
    await form.getByRole('combobox', { name: 'Horizon' }).fill(fields.horizon)
    await form.getByRole('button', { name: 'Add bet' }).click()
    await expect(form).toBeHidden()
  }

  /** Enters one person's dots: `dots` per bet title, with the + button. */
  async enterDots(person: string, dots: Record<string, number>) {
    await this.page
      .getByRole('list', { name: 'Whose dots to enter' })
      .getByRole('button', { name: person, exact: true })
      .click()
    for (const [bet, count] of Object.entries(dots))
      for (let i = 0; i < count; i++)
        await this.page.getByRole('button', { name: `Add a dot to ${bet} for ${person}` }).click()
    await expect(this.page.getByText(`Dots for ${person}`)).toBeVisible()
  }

  group(name: 'Committed' | 'Waiting' | 'Parking lot'): Locator {
    return this.page.getByRole('region', { name, exact: true })
  }

  /** The bet titles of a group, top to bottom. */
  async titles(name: 'Committed' | 'Waiting' | 'Parking lot'): Promise<string[]> {
    return this.group(name).locator('.priority-bet__title').allInnerTexts()
  }

  /** One bet of the prioritised list, its whole row. */
  bet(title: string): Locator {
    return this.page.locator('li.priority-bet').filter({ hasText: title })
  }

  handle(title: string): Locator {
    return this.page.getByRole('button', { name: `Drag “${title}”` })
  }

  get dragAnnouncement(): Locator {
    return dragLiveRegion(this.page)
  }

  /** Picks a bet up with Space, presses the arrow keys, drops with Space, listening each step. */
  async keyboardDrag(title: string, keys: string[]) {
    await keyboardDrag(this.page, this.handle(title), keys, this.dragAnnouncement)
  }

  /** Drags a bet by its handle with the mouse onto a point of `target` (fractions of its box). */
  async mouseDrag(title: string, target: Locator, at = { x: 0.5, y: 0.5 }) {
    await pointerDrag(this.page, this.handle(title), target, at)
  }

  async waitUntilSaved() {
    await expect(
      this.page.getByRole('status').filter({ hasText: 'All changes saved' }),
    ).toBeVisible()
  }
}
