/** The desktop platform: every call goes through one named preload method and its IPC channel. */
import type { IpcResult, VantageApi } from '@shared/ipc'
import { PlatformError, type Platform } from './types'

async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call
  if (result.ok) return result.value
  throw new PlatformError(result.error.code, result.error.message)
}

export function createElectronPlatform(api: VantageApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => unwrap(api.appInfo()),
  }
}
