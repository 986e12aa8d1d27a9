/**
 * Keeps a backup of the open workshop in main's backups folder: 30 seconds after the first
 * change of a burst, at once when the page goes away, and on demand before a quit (`backUpNow`,
 * which waits for the write). Not faster: main keeps the last 20, and 20 backups should span the
 * last ten minutes of a session, not the last three. A failed backup is reported, never silent;
 * the work itself is still safe in the app's database.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { platform } from '../../platform'
import { useServices } from '../../store/context'
import { backUpWorkshop } from './backups'
import { sessionFileModule } from './sessionFileModule'
import { failureReason } from '../../i18n/failureReason'

export const BACKUP_DELAY_MS = 30_000

export interface BackupScheduler {
  /** The last backup's failure, as a sentence; null once one succeeds. */
  failure: string | null
  /** Backs up every workshop changed since its last backup, now, and waits for the writes. */
  backUpNow(): Promise<void>
}

export function useBackupScheduler(): BackupScheduler {
  const services = useServices()
  const [failure, setFailure] = useState<string | null>(null)
  const flushRef = useRef<() => Promise<void>>(async () => {})

  useEffect(() => {
    const backups = platform.backups
    if (!backups) return
    // Loaded now, after the first screen, so a backup on the way out never waits for it.
    void sessionFileModule()
    const dirty = new Set<string>()
    let timer: ReturnType<typeof setTimeout> | null = null

    const flush = async () => {
      if (timer) clearTimeout(timer)
      timer = null
      const ids = [...dirty]
      dirty.clear()
      await Promise.all(
        ids.map((id) =>
          backUpWorkshop(services, backups, id).then(
            () => setFailure(null),
            (error: unknown) => setFailure(failureReason(error)),
          ),
        ),
      )
    }
    const flushSoon = () => void flush()
    flushRef.current = flush

    // Any write the facilitator's edits cause shows up in the save status; note the open workshop.
    // While the disk refuses writes, none completes, so every new edit counts: the backup (in
    // main's folder, which may still take files) is then the copy that holds them.
    const unsubscribe = services.saveStatus.store.subscribe((status, previous) => {
      if (status.pending >= previous.pending && status.refusal === null) return
      const id = services.workshop.store.getState().data?.workshop.id
      if (!id) return
      dirty.add(id)
      timer ??= setTimeout(flushSoon, BACKUP_DELAY_MS)
    })
    window.addEventListener('pagehide', flushSoon)
    return () => {
      unsubscribe()
      window.removeEventListener('pagehide', flushSoon)
      flushRef.current = async () => {}
      flushSoon()
    }
  }, [services])

  const backUpNow = useCallback(() => flushRef.current(), [])
  return { failure, backUpNow }
}
