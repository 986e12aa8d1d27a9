/**
 * A callback whose identity never changes but which always runs the latest code: handed to the
 * memoised canvas and list, so a selection or an edit elsewhere does not re-render them.
 */
import { useCallback, useLayoutEffect, useRef } from 'react'

export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
