/** The facilitator's join panel, found by its roles and labels: start, read the address, the phones. */
import { expect, type Locator, type Page } from '@playwright/test'

export class JoinPanel {
  constructor(readonly page: Page) {}

  get button(): Locator {
    return this.page.getByRole('button', { name: /^(Let the room join|Joining is on)/ })
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Let the room join' })
  }

  /** Opens the panel and starts joining on the only network there is; returns the address. */
  async start(): Promise<{ url: string; code: string }> {
    await this.button.click()
    await expect(this.dialog.getByLabel('Network')).toHaveValue('lo|127.0.0.1')
    await this.dialog.getByRole('button', { name: 'Start joining' }).click()
    const url = await this.dialog.locator('.join-running__url').innerText()
    const code = await this.dialog.locator('.join-running__code').innerText()
    await expect(this.dialog.getByRole('img', { name: `QR code of ${url}` })).toBeVisible()
    return { url, code }
  }

  phone(name: string): Locator {
    return this.dialog.getByRole('listitem').filter({ hasText: name })
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click()
    await expect(this.dialog).toBeHidden()
  }
}
