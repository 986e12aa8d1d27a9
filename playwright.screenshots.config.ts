/**
 * Screenshots for people to look at (and for the README): `npm run screenshots`. Not part of
 * `npm test`; it writes PNGs to test-results/screenshots and never asserts on pixels.
 */
import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

export default defineConfig({
  ...base,
  testDir: 'test/e2e/screenshots',
  testMatch: '**/*.shots.ts',
  fullyParallel: false,
})
