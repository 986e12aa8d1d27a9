/**
 * A disk that fills up on command, in the real browser: before the app loads, IndexedDB's
 * writes are wrapped so that, while the switch is on, each refuses with the QuotaExceededError
 * Chromium raises when the disk is full. Reads go on. The app under test is unchanged.
 */
import type { Page } from '@playwright/test'

declare global {
  interface Window {
    __vantageDiskFull?: boolean
  }
}

export async function installDiskSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = IDBObjectStore.prototype
    for (const name of ['put', 'add', 'delete', 'clear'] as const) {
      const original = store[name] as (...args: unknown[]) => IDBRequest
      Object.defineProperty(store, name, {
        configurable: true,
        value(this: IDBObjectStore, ...args: unknown[]) {
          if (window.__vantageDiskFull)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return original.apply(this, args)
        },
      })
    }
  })
}

export async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((value) => (window.__vantageDiskFull = value), full)
}
