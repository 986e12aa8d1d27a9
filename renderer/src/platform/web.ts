/** The browser platform: the same app in a plain tab, keeping its data in the browser's storage. */
import type { Platform } from './types'

export function createWebPlatform(version: string): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Vantage',
      version,
      platform: 'browser',
      dataFolder: '',
    }),
  }
}
