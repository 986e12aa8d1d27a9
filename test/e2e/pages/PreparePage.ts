/** The Prepare tab of a workshop as a person sees it: settings, participants, agenda. */
import { expect, type Locator, type Page } from '@playwright/test'

export class PreparePage {
  constructor(readonly page: Page) {}

  // Regions ------------------------------------------------------------------------------------

  get settings(): Locator {
    return this.page.getByRole('region', { name: 'Settings' })
  }

  get participants(): Locator {
    return this.page.getByRole('region', { name: 'Participants' })
  }

  get agenda(): Locator {
    return this.page.getByRole('region', { name: 'Agenda' })
  }

  // Settings -----------------------------------------------------------------------------------

  get anonymous(): Locator {
    return this.settings.getByRole('checkbox', { name: 'Anonymous workshop' })
  }

  get startTime(): Locator {
    return this.settings.getByLabel('Start time')
  }

  get endTime(): Locator {
    return this.settings.getByLabel('End time')
  }

  // Participants -------------------------------------------------------------------------------

  get nameField(): Locator {
    return this.participants.getByRole('textbox', { name: 'Name', exact: true })
  }

  get roleField(): Locator {
    return this.participants.getByRole('textbox', { name: 'Role (optional)' })
  }

  get participantList(): Locator {
    return this.participants.getByRole('list', { name: 'Participants in order' })
  }

  get participantCount(): Locator {
    return this.participants.getByRole('status').filter({ hasText: /participant/ })
  }

  get notice(): Locator {
    return this.participants.locator('.prepare-notice')
  }

  /** Names as listed, top to bottom. */
  async participantNames(): Promise<string[]> {
    const fields = this.participantList.getByRole('textbox', { name: /^Name of / })
    const count = await fields.count()
    const names: string[] = []
    for (let i = 0; i < count; i++) names.push(await fields.nth(i).inputValue())
    return names
  }

  handle(name: string): Locator {
    return this.page.getByRole('button', { name: `Reorder ${name}`, exact: true })
  }

  moveButton(name: string, direction: 'up' | 'down'): Locator {
    return this.page.getByRole('button', { name: `Move ${name} ${direction}`, exact: true })
  }

  removeButton(name: string): Locator {
    return this.participants.getByRole('button', { name: `Remove ${name}`, exact: true })
  }

  async pasteList(names: string[]) {
    await this.participants.getByRole('button', { name: 'Paste a list' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Paste a list of names' })
    await dialog.getByLabel('Names, one per line').fill(names.join('\n'))
    await dialog.getByRole('button', { name: 'Add names' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  /** Whether dnd-kit's live region is telling a screen reader `text` right now. */
  announced(text: string): Locator {
    return this.page.locator('[id^="DndLiveRegion"]', { hasText: text })
  }

  /**
   * Picks a row up by its handle with the keyboard, moves it `steps` rows and drops it. Each key
   * waits for what a screen reader would hear, as a person waits to see the row move.
   */
  async dragWithKeyboard(label: string, steps: number) {
    const rows = this.handle(label).locator('xpath=ancestor::ol[1]/li')
    const total = await rows.count()
    let position =
      (await rows.evaluateAll(
        (items, name) =>
          items.findIndex((li) => li.querySelector(`[aria-label="Reorder ${name}"]`)),
        label,
      )) + 1
    await this.handle(label).focus()
    await this.page.keyboard.press('Space')
    await expect(this.announced(`Picked up ${label}.`)).toHaveCount(1)
    for (let i = 0; i < Math.abs(steps); i++) {
      await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp')
      position += steps > 0 ? 1 : -1
      await expect(
        this.announced(`${label} is now at position ${position} of ${total}.`),
      ).toHaveCount(1)
    }
    await this.page.keyboard.press('Space')
    await expect(this.announced(`Dropped ${label} at position ${position}`)).toHaveCount(1)
  }

  /** Drags a row by its handle with the mouse onto another row, in small steps as a hand would. */
  async dragWithMouse(label: string, ontoLabel: string) {
    const from = await this.handle(label).boundingBox()
    const to = await this.handle(ontoLabel).boundingBox()
    if (!from || !to) throw new Error('handle not visible')
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await this.page.mouse.down()
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, {
      steps: 5,
    })
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 })
    await this.page.mouse.up()
  }

  // Agenda -------------------------------------------------------------------------------------

  get agendaList(): Locator {
    return this.agenda.getByRole('list', { name: 'Lenses on the agenda, in order' })
  }

  get excludedList(): Locator {
    return this.agenda.getByRole('list', { name: 'Not on the agenda' })
  }

  include(lens: string): Locator {
    return this.agenda.getByRole('checkbox', { name: `Include ${lens}`, exact: true })
  }

  minutes(lens: string): Locator {
    return this.agenda.getByRole('spinbutton', { name: `Minutes for ${lens}` })
  }

  get fit(): Locator {
    return this.agenda.getByRole('status').filter({ hasText: 'Planned:' })
  }

  /** Lens titles on the agenda, in order. */
  async agendaLenses(): Promise<string[]> {
    const labels = await this.agendaList
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''))
    return labels.map((label) => label.replace(/^Include /, ''))
  }
}
