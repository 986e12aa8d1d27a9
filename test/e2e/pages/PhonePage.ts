/**
 * One person's phone in the room: a phone-sized browser context of its own, kept offline from
 * everything but 127.0.0.1 as the facilitator's page is, opening the join address.
 */
import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test'

export const PHONE_VIEWPORT = { width: 390, height: 844 }

export class PhonePage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly escaped: string[],
  ) {}

  static async open(browser: Browser, url: string, locale = 'en-US'): Promise<PhonePage> {
    const context = await browser.newContext({
      viewport: PHONE_VIEWPORT,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale,
    })
    const escaped: string[] = []
    await context.route(
      (address) => address.hostname !== '127.0.0.1',
      async (route) => {
        escaped.push(route.request().url())
        await route.abort('blockedbyclient')
      },
    )
    const page = await context.newPage()
    await page.goto(url)
    return new PhonePage(context, page, escaped)
  }

  async pick(name: string) {
    await this.page.getByRole('heading', { name: 'Who are you?' }).waitFor()
    await this.page.getByRole('button', { name, exact: true }).click()
    await expect(this.page.getByText(`You are in as ${name}.`)).toBeVisible()
  }

  get status(): Locator {
    return this.page.getByRole('status').last()
  }

  /** Chooses a level (or "unsure"), writes the note and sends, waiting until the laptop has it. */
  async rate(heading: string, level: number | 'unsure', note: string) {
    await expect(this.page.getByRole('heading', { name: heading })).toBeVisible()
    await this.choose(level)
    await this.page.getByLabel('Note (optional)').fill(note)
    await this.send()
    await this.expectSent()
  }

  async choose(level: number | 'unsure') {
    const name = level === 'unsure' ? /^Unsure/ : new RegExp(`^${level} · `)
    await this.page.getByRole('radio', { name }).check()
  }

  async send() {
    await this.page.getByRole('button', { name: /^Send my (rating|change)$/ }).click()
  }

  async expectSent() {
    await expect(this.page.getByText(/^Sent\. You can change it/)).toBeVisible()
  }

  async expectWaiting() {
    await expect(this.page.getByText(/^Nothing to rate yet/)).toBeVisible()
  }

  /** Everything in the page: what a curious person could read with the developer tools. */
  async dom(): Promise<string> {
    return this.page.content()
  }

  async close() {
    await this.context.close()
  }
}
