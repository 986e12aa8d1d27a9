/**
 * Reopening the app resumes where the facilitator was: the route is remembered, and a start at
 * the bare address (as the desktop app always starts) goes back to it once.
 */
import { useEffect, useState } from 'react'
import { useLocation } from 'wouter'

const LAST_ROUTE = 'vantage:lastRoute'

export function useResumeLastRoute(): void {
  const [location, navigate] = useLocation()
  const [startedBare] = useState(() => window.location.hash === '' || window.location.hash === '#')

  useEffect(() => {
    const last = localStorage.getItem(LAST_ROUTE)
    if (startedBare && last && last !== '/') navigate(last, { replace: true })
    // Only at start: later visits to the home screen are the facilitator's choice.
  }, [startedBare, navigate])

  useEffect(() => {
    localStorage.setItem(LAST_ROUTE, location)
  }, [location])
}
