/**
 * Moves focus to an element by id once the next render is on screen. Used when the element that
 * had focus goes away (a removed row, a lens moving between lists), so keyboard users never land
 * back at the top of the page.
 */
import { useCallback, useEffect, useRef } from 'react'

export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null)
  useEffect(() => {
    if (!pending.current) return
    const element = document.getElementById(pending.current)
    if (element) {
      pending.current = null
      element.focus()
    }
  })
  return useCallback((id: string) => {
    pending.current = id
  }, [])
}
