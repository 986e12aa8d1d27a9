/**
 * The projector's window as the room sees it: a second page of the same origin, opened by the
 * facilitator's "Open presenter". Read only through its text, as a person reads a wall.
 */
import type { Locator, Page } from '@playwright/test'

export class PresenterPage {
  constructor(readonly page: Page) {}

  /** Clicks "Open presenter" in the facilitator's page and returns the window that opens. */
  static async open(facilitator: Page): Promise<PresenterPage> {
    const opening = facilitator.context().waitForEvent('page')
    await facilitator.getByRole('button', { name: 'Open presenter' }).click()
    const page = await opening
    await page.waitForLoadState()
    return new PresenterPage(page)
  }

  get main(): Locator {
    return this.page.getByRole('main')
  }

  /** Everything the room can read right now, as one line. */
  async text(): Promise<string> {
    return (await this.page.locator('body').innerText()).replace(/\s+/g, ' ')
  }
}
