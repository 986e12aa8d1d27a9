/**
 * The cards board of a reveal step as a person uses it: two columns of cards, an add form under
 * each, buttons on each card, and drag handles for pointer and keyboard. Found by roles and
 * labels; the drop zones by test id, since no role fits them.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { dragLiveRegion, keyboardDrag, pointerDrag } from '../support/drag'

export type ColumnName = 'Today' | 'Where we want to be'

const COLUMN_IDS: Record<ColumnName, 'current' | 'target'> = {
  Today: 'current',
  'Where we want to be': 'target',
}

export class CardsBoard {
  constructor(readonly page: Page) {}

  /** From an open workshop's page: the Run tab, then the reveal step of one lens and state. */
  async openReveal(lens: string, state: 'today' | 'target') {
    await this.page.getByRole('link', { name: 'Run the workshop' }).click()
    await this.page.getByRole('button', { name: `${lens}: Reveal and agree, ${state}` }).click()
    await this.column('Today').waitFor()
  }

  column(name: ColumnName): Locator {
    return this.page.getByRole('region', { name, exact: true })
  }

  dropZone(name: ColumnName): Locator {
    return this.page.getByTestId(`cards-drop-${COLUMN_IDS[name]}`)
  }

  addField(name: ColumnName): Locator {
    const label = name === 'Today' ? 'Add an observation' : 'Describe what good looks like'
    return this.column(name).getByRole('textbox', { name: label })
  }

  tagsField(name: ColumnName): Locator {
    return this.column(name).getByRole('textbox', { name: 'Tags' })
  }

  /** The cards of a column, in the order shown: list items that carry a drag handle. */
  cards(name: ColumnName): Locator {
    return this.column(name)
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: /^Drag / }) })
  }

  async texts(name: ColumnName): Promise<string[]> {
    return this.cards(name).getByRole('paragraph').allInnerTexts()
  }

  card(text: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByText(text, { exact: true }) })
      .filter({ has: this.page.getByRole('button', { name: /^Drag / }) })
  }

  handle(text: string): Locator {
    return this.card(text).getByRole('button', { name: /^Drag / })
  }

  count(name: ColumnName): Locator {
    return this.column(name).getByText(/^\d+ cards?$/)
  }

  /** Types a card and presses Enter, by keyboard only; the focus stays in the field. */
  async add(name: ColumnName, text: string, tags?: string) {
    if (tags !== undefined) {
      await this.tagsField(name).focus()
      await this.page.keyboard.type(tags)
    }
    await this.addField(name).focus()
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Enter')
    await this.card(text).waitFor()
  }

  /** What a screen reader hears during a drag (dnd-kit's live region). */
  get dragAnnouncement(): Locator {
    return dragLiveRegion(this.page)
  }

  /**
   * Picks a card up with Space on its handle, presses the arrow keys given, drops with Space.
   * Like a person listening, it waits to hear each step before taking the next.
   */
  async keyboardDrag(text: string, keys: string[], drop = 'Space') {
    await keyboardDrag(this.page, this.handle(text), keys, this.dragAnnouncement, drop)
  }

  /** Drags a card by its handle with the mouse to a point of `target` (fractions of its box). */
  async mouseDrag(text: string, target: Locator, at = { x: 0.5, y: 0.5 }) {
    await pointerDrag(this.page, this.handle(text), target, at)
  }

  async edit(text: string, newText: string) {
    await this.card(text).getByRole('button', { name: 'Edit' }).focus()
    await this.page.keyboard.press('Enter')
    const field = this.page.getByRole('textbox', { name: 'Card text' })
    await field.fill(newText)
    await field.press('Control+Enter')
    await this.card(newText).waitFor()
  }

  async delete(text: string) {
    await this.card(text).getByRole('button', { name: 'Delete' }).click()
  }

  /** Waits for the app's "All changes saved", as a facilitator would glance at it before closing. */
  async waitUntilSaved() {
    await expect(
      this.page.getByRole('status').filter({ hasText: 'All changes saved' }),
    ).toBeVisible()
  }

  /** Reloads once everything is saved, and waits for the board to be back. */
  async reload() {
    await this.waitUntilSaved()
    await this.page.reload()
    await this.column('Today').waitFor()
  }

  /** The status line that offers Undo after a delete. */
  get deletedNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Card deleted.' })
  }

  async undo() {
    await this.deletedNotice.getByRole('button', { name: 'Undo' }).click()
  }
}
