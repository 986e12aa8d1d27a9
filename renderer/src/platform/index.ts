/**
 * The one door outward. The platform is chosen once, at start: the preload's `window.vantage`
 * means the desktop app, its absence a plain browser.
 */
import type { VantageApi } from '@shared/ipc'
import { createElectronPlatform } from './electron'
import { createWebPlatform } from './web'
import type { Platform } from './types'

declare global {
  interface Window {
    vantage?: VantageApi
  }
}

export function choosePlatform(host: Pick<Window, 'vantage'>, version: string): Platform {
  return host.vantage ? createElectronPlatform(host.vantage) : createWebPlatform(version)
}

export const platform: Platform = choosePlatform(window, __APP_VERSION__)
export type { Platform } from './types'
export { PlatformError } from './types'
