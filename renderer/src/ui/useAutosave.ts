/**
 * Saves typed text shortly after the typing stops (300 ms), at once on blur, when the component
 * goes away, and when the app is about to quit (pendingSaves), so that no keystroke waits on a
 * timer that never fires.
 */
import { useCallback, useEffect, useRef } from 'react'
import { registerPendingSave } from './pendingSaves'

export const AUTOSAVE_DELAY_MS = 300

export function useAutosave<T>(save: (value: T) => void, delay = AUTOSAVE_DELAY_MS) {
  const pending = useRef<{ value: T } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saveRef = useRef(save)

  useEffect(() => {
    saveRef.current = save
  }, [save])

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const next = pending.current
    pending.current = null
    if (next) saveRef.current(next.value)
  }, [])

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value }
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, delay)
    },
    [delay, flush],
  )

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    const unregister = registerPendingSave(flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      unregister()
      flush()
    }
  }, [flush])

  return { schedule, flush }
}
