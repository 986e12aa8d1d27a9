/**
 * The benchmark (`npm run bench`): the built renderer served by `vite preview` on its own port
 * (4175, never the e2e 4173), driven in Debian's Chromium one test at a time so figures do not
 * compete for the two cores. It reports and never fails on a timing: there is no expect on one.
 */
import { defineConfig } from '@playwright/test'
import { chromiumUse } from '../support/chromium.ts'

const PORT = 4175

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  tsconfig: '../../tsconfig.test.json',
  outputDir: '../../test-results/bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './support/globalSetup.ts',
  globalTeardown: './support/globalTeardown.ts',
  // A limit against a hung browser, not a measurement.
  timeout: 600_000,
  expect: { timeout: 60_000 },
  use: chromiumUse(`http://127.0.0.1:${PORT}/`),
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
