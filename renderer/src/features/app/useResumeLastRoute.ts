/**
 * Reopening the app resumes where the facilitator was: the route is remembered, and a start at
 * the bare address (as the desktop app always starts) goes back to it once.
 */
import { useEffect, useState } from 'react'
import { useLocation } from 'wouter'

const LAST_ROUTE = 'vantage:lastRoute'

const startedBare = () => window.location.hash === '' || window.location.hash === '#'

/** Where the app will be once it has started: the address, or the route it resumes. */
export function startRoute(): string {
  if (!startedBare()) return window.location.hash.slice(1)
  return localStorage.getItem(LAST_ROUTE) ?? '/'
}

export function useResumeLastRoute(): void {
  const [location, navigate] = useLocation()
  const [bare] = useState(startedBare)

  useEffect(() => {
    const last = localStorage.getItem(LAST_ROUTE)
    if (bare && last && last !== '/') navigate(last, { replace: true })
    // Only at start: later visits to the home screen are the facilitator's choice.
  }, [bare, navigate])

  useEffect(() => {
    localStorage.setItem(LAST_ROUTE, location)
  }, [location])
}
