/**
 * Keyboard shortcuts for the common moves while running the workshop. Single keys pass the
 * shared gate (not while typing, switchable: ui/singleKeys); undo and redo use the platform's
 * modifier keys.
 */
import { useEffect } from 'react'
import { singleKeyOf } from '../../../ui/singleKeys'
import { isTextEntry } from '../../../ui/textEntry'

export interface ShortcutHandlers {
  next: () => void
  previous: () => void
  reveal: () => void
  toggleTimer: () => void
  addMinute: () => void
  undo: () => void
  redo: () => void
  help: () => void
}

export function useFacilitatorShortcuts(handlers: ShortcutHandlers): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTextEntry(event.target)) return
      const mod = event.ctrlKey || event.metaKey
      const key = event.key.toLowerCase()
      if (mod && !event.altKey && key === 'z') {
        event.preventDefault()
        if (event.shiftKey) handlers.redo()
        else handlers.undo()
        return
      }
      if (mod && !event.altKey && key === 'y') {
        event.preventDefault()
        handlers.redo()
        return
      }
      const single = singleKeyOf(event)
      if (single === null) return
      const action = (
        {
          n: handlers.next,
          p: handlers.previous,
          r: handlers.reveal,
          t: handlers.toggleTimer,
          '+': handlers.addMinute,
          '?': handlers.help,
        } as Record<string, (() => void) | undefined>
      )[single]
      if (action) {
        event.preventDefault()
        action()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [handlers])
}
