/**
 * Holds the join host for the open workshop while its screens are shown: made when the
 * workshop opens (picking up a session main still runs), and joining is stopped when the
 * facilitator leaves the workshop, so no phone stays connected to a workshop no longer on screen.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { platform } from '../../platform'
import { useServices, useSession } from '../../store/context'
import { useProjectorJoinCleared } from './ProjectorJoin'
import { createJoinHost, type JoinHost, type JoinState } from './joinHost'

const JoinContext = createContext<JoinHost | null>(null)

export function JoinProvider({ children }: { children: ReactNode }) {
  const { workshop, edits } = useServices()
  const [host] = useState<JoinHost | null>(() =>
    platform.join === null
      ? null
      : createJoinHost({ join: platform.join, session: workshop.store, edits }),
  )
  useProjectorJoinCleared(
    host,
    useSession((s) => s.data?.workshop.id),
  )
  useEffect(() => {
    if (host === null) return
    const stopListening = host.listen()
    void host.resume()
    return () => {
      if (host.store.getState().phase !== 'off') void host.stop()
      stopListening()
    }
  }, [host])
  return <JoinContext value={host}>{children}</JoinContext>
}

/** The join host, or null where joining is not available (a plain browser tab). */
export function useJoinHost(): JoinHost | null {
  return useContext(JoinContext)
}

export function useJoinState<T>(host: JoinHost, selector: (state: JoinState) => T): T {
  return useStore(host.store, selector)
}
