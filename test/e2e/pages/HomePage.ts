/** The home screen as a person sees it: the list of workshops and the actions on each. */
import type { Locator, Page } from '@playwright/test'

export interface WorkshopDetailsInput {
  title: string
  organisation?: string
  date?: string
  facilitator?: string
}

export class HomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/#/')
    await this.heading.waitFor()
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Workshops' })
  }

  get newWorkshopButton(): Locator {
    return this.page.getByRole('button', { name: 'New workshop' })
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Your workshops' })
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  get alertDialog(): Locator {
    return this.page.getByRole('alertdialog')
  }

  get status(): Locator {
    return this.page.locator('.notice-region')
  }

  /** The Rename / Duplicate / Delete button of one workshop, named as a screen reader hears it. */
  action(verb: 'Rename' | 'Duplicate' | 'Delete', title: string): Locator {
    return this.page.getByRole('button', { name: `${verb} ${title}`, exact: true })
  }

  item(title: string): Locator {
    return this.list.getByRole('listitem').filter({
      has: this.page.getByRole('link', { name: title, exact: true }),
    })
  }

  async titles(): Promise<string[]> {
    // After a reload the list arrives a moment later: wait for it, or for the empty state.
    await this.page.locator('.workshop-list, .empty-state').first().waitFor()
    if ((await this.list.count()) === 0) return []
    return this.list.getByRole('heading', { level: 3 }).allInnerTexts()
  }

  async fillDetails(details: WorkshopDetailsInput) {
    await this.dialog.getByLabel('Title').fill(details.title)
    if (details.organisation !== undefined)
      await this.dialog.getByLabel('Organisation').fill(details.organisation)
    if (details.date !== undefined) await this.dialog.getByLabel('Date').fill(details.date)
    if (details.facilitator !== undefined)
      await this.dialog.getByLabel('Facilitator').fill(details.facilitator)
  }

  /** Creates a workshop with the mouse; the app then opens it. */
  async createWorkshop(details: WorkshopDetailsInput) {
    await this.newWorkshopButton.click()
    await this.fillDetails(details)
    await this.dialog.getByRole('button', { name: 'Create workshop' }).click()
    await this.page.getByRole('heading', { level: 1, name: details.title }).waitFor()
  }

  async rename(title: string, newTitle: string) {
    await this.action('Rename', title).click()
    await this.dialog.getByLabel('Title').fill(newTitle)
    await this.dialog.getByRole('button', { name: 'Save' }).click()
  }

  async duplicate(title: string) {
    await this.action('Duplicate', title).click()
  }

  async startDelete(title: string) {
    await this.action('Delete', title).click()
    await this.alertDialog.waitFor()
  }

  async delete(title: string) {
    await this.startDelete(title)
    await this.alertDialog.getByRole('button', { name: 'Delete workshop' }).click()
  }

  async undo() {
    await this.status.getByRole('button', { name: 'Undo' }).click()
  }
}
