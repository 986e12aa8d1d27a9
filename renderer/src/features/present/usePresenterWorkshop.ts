/**
 * The workshop as the projector follows it: read live from the database, so every change the
 * facilitator makes in their window arrives here with no message between the windows. Read only:
 * the presenter never writes.
 */
import { useEffect, useState } from 'react'
import { watchWorkshop, type LiveWorkshop } from '../../db/liveWorkshop'
import { useServices } from '../../store/context'

export type PresenterFeed =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; live: LiveWorkshop }

interface Seen {
  workshopId: string
  feed: PresenterFeed
}

export function usePresenterWorkshop(workshopId: string): PresenterFeed {
  const { db } = useServices()
  const [seen, setSeen] = useState<Seen | null>(null)

  useEffect(() => {
    const subscription = watchWorkshop(
      db,
      workshopId,
      (live) =>
        setSeen({ workshopId, feed: live ? { status: 'ready', live } : { status: 'missing' } }),
      () => setSeen({ workshopId, feed: { status: 'failed' } }),
    )
    return () => subscription.unsubscribe()
  }, [db, workshopId])

  // What was seen of another workshop (the route changed) is never shown for this one.
  return seen?.workshopId === workshopId ? seen.feed : { status: 'loading' }
}
