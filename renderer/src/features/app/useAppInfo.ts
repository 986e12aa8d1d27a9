/** The app's name, version and data folder, as the platform reports them; null until known. */
import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc'
import { platform } from '../../platform'

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let stopped = false
    platform.appInfo().then(
      (next) => !stopped && setInfo(next),
      () => !stopped && setInfo(null),
    )
    return () => {
      stopped = true
    }
  }, [])
  return info
}
