/**
 * Puts the keyboard focus somewhere that only exists after the store's next change: a card that
 * moved to the other column, the card after a deleted one, a card brought back by undo. Without
 * this the focus would fall to the page and a keyboard user would have to find their place again.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react'

/** How long a request waits for its element; a write that failed never shows one. */
const WAIT_MS = 1_000

export function useFocusRequest(root: RefObject<HTMLElement | null>) {
  const pending = useRef<{ selector: string; until: number } | null>(null)

  const tryFocus = useCallback(() => {
    const request = pending.current
    if (!request) return
    if (Date.now() > request.until) {
      pending.current = null
      return
    }
    const element = root.current?.querySelector<HTMLElement>(request.selector)
    if (element) {
      pending.current = null
      element.focus()
    }
  }, [root])

  // Every render may be the one that shows the element asked for.
  useEffect(() => tryFocus())

  // Served after the render that follows, never at once: the old element may still be there.
  return useCallback((selector: string) => {
    pending.current = { selector, until: Date.now() + WAIT_MS }
  }, [])
}

/** An attribute value inside double quotes (not every DOM, the test DOMs included, has CSS.escape). */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/** The selector of one part of a card in a column: its drag handle or Move button. */
export function cardPart(column: string, cardId: string, part: 'handle' | 'move'): string {
  return `[data-column=${quoted(column)}] [data-card-id=${quoted(cardId)}] [data-card-part="${part}"]`
}

export function addField(column: string): string {
  return `[data-add-for=${quoted(column)}]`
}
