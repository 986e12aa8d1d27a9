/**
 * Which origins the renderer may come from, and so may call IPC or be navigated to: the app://
 * origin always, and electron-vite's dev server only in an unpackaged run that was given one.
 */
import { app } from 'electron'
import { APP_ORIGIN } from '../../shared/ipc/contract'
import { originOf } from './origin'

/** The dev server URL electron-vite hands us in `npm run dev`; never honoured once packaged. */
export function devServerUrl(): string | null {
  if (app.isPackaged) return null
  return process.env.ELECTRON_RENDERER_URL || null
}

export function trustedOrigins(): string[] {
  const origins = [APP_ORIGIN]
  const devUrl = devServerUrl()
  const devOrigin = devUrl === null ? null : originOf(devUrl)
  if (devOrigin !== null) origins.push(devOrigin)
  return origins
}
