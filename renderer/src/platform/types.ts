/**
 * What the renderer may ask of the world outside the page. Implemented once for the desktop app
 * (through the preload's `window.vantage`) and once for a plain browser.
 */
import type { AppInfo } from '@shared/ipc'

export type PlatformKind = 'desktop' | 'browser'

export interface Platform {
  kind: PlatformKind
  appInfo(): Promise<AppInfo>
}

/** Raised when main answers a call with an error result; the UI shows its own message. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'PlatformError'
  }
}
