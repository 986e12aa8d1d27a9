/**
 * Keeps a backup of the open workshop in main's backups folder: 30 seconds after the first
 * change of a burst, and at once when the page goes away. Not faster: main keeps the last 20,
 * and 20 backups should span the last ten minutes of a session, not the last three. A failed backup is reported, never
 * silent; the work itself is still safe in the app's database.
 */
import { useEffect, useState } from 'react'
import { platform } from '../../platform'
import { useServices } from '../../store/context'
import { backUpWorkshop } from './backups'

export const BACKUP_DELAY_MS = 30_000

export function useBackupScheduler(): string | null {
  const services = useServices()
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const backups = platform.backups
    if (!backups) return
    const dirty = new Set<string>()
    let timer: ReturnType<typeof setTimeout> | null = null

    const flush = () => {
      if (timer) clearTimeout(timer)
      timer = null
      const ids = [...dirty]
      dirty.clear()
      for (const id of ids)
        backUpWorkshop(services, backups, id).then(
          () => setFailure(null),
          (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
        )
    }

    // Any write the facilitator's edits cause shows up in the save status; note the open workshop.
    const unsubscribe = services.saveStatus.store.subscribe((status, previous) => {
      if (status.pending >= previous.pending) return
      const id = services.workshop.store.getState().data?.workshop.id
      if (!id) return
      dirty.add(id)
      timer ??= setTimeout(flush, BACKUP_DELAY_MS)
    })
    window.addEventListener('pagehide', flush)
    return () => {
      unsubscribe()
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [services])

  return failure
}
