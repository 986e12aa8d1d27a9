/**
 * How every Playwright run here drives Debian's Chromium (Playwright cannot download its own
 * browser on our machines): the same device, locale and launch flags for the browser tests, the
 * screenshots and the benchmark, so their numbers and pictures come from the same browser.
 */
import { devices, type PlaywrightTestConfig } from '@playwright/test'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function chromiumUse(baseURL: string): PlaywrightTestConfig['use'] {
  return {
    baseURL,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  }
}
