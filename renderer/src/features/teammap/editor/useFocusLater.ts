/**
 * Moves the focus once the next render is on screen, to an element found then: a list button by
 * id, or a team on the canvas that only exists once the store has caught up with an edit.
 * Keyboard users never land back at the top of the page when what they were on goes away.
 */
import { useCallback, useEffect, useRef } from 'react'

/** Long enough for any redraw on a busy laptop, short enough never to surprise anyone. */
const PATIENCE_MS = 2000

export type FocusTarget = string | (() => HTMLElement | SVGElement | null)

/**
 * The element, once no dialog is open any more: a dialog still on its way out keeps the focus
 * inside itself and would pull it straight back.
 */
function find(target: FocusTarget) {
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return null
  return typeof target === 'string' ? document.getElementById(target) : target()
}

/**
 * Focuses the element and says whether it took: React Flow draws a new team hidden until it has
 * measured it, and a hidden element silently refuses the focus, so the caller tries again.
 */
function focused(element: HTMLElement | SVGElement): boolean {
  element.focus()
  return document.activeElement === element
}

export function useFocusLater(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null)
  useEffect(() => {
    if (!pending.current) return
    const element = find(pending.current)
    if (element && focused(element)) pending.current = null
  })
  return useCallback((target: FocusTarget) => {
    pending.current = target
    // A dialog closing re-renders nothing of ours, and React Flow draws a new team a render or
    // two after the store has it: look again each frame, for a while, until the element is there.
    const until = performance.now() + PATIENCE_MS
    const attempt = () => {
      if (pending.current !== target) return
      const element = find(target)
      if (element && focused(element)) pending.current = null
      else if (performance.now() < until) requestAnimationFrame(attempt)
    }
    requestAnimationFrame(attempt)
  }, [])
}
