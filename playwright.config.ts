/**
 * Browser tests: the built renderer in web mode, served on 127.0.0.1 by `vite preview`, driven in
 * Debian's Chromium (Playwright cannot download its own browser on our machines).
 */
import { defineConfig } from '@playwright/test'
import { chromiumUse } from './test/support/chromium.ts'

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Generous: two workers share two cores, and axe scans are heavy. A limit, not a measurement.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: { ...chromiumUse(`http://127.0.0.1:${PORT}/`), trace: 'retain-on-failure' },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
