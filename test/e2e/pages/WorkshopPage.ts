/** One workshop's page: its details form and its lenses. */
import type { Locator, Page } from '@playwright/test'

export class WorkshopPage {
  constructor(readonly page: Page) {}

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title })
  }

  get details(): Locator {
    return this.page.getByRole('region', { name: 'Details' })
  }

  get lenses(): Locator {
    return this.page.getByRole('region', { name: 'Lenses in this workshop' })
  }

  field(label: 'Title' | 'Organisation' | 'Date' | 'Facilitator'): Locator {
    return this.details.getByLabel(label)
  }

  get saveState(): Locator {
    return this.page.getByRole('status').filter({ hasText: /saved|Saving|Could not save/ })
  }

  async backToList() {
    await this.page.getByRole('link', { name: 'Back to all workshops' }).click()
  }
}
