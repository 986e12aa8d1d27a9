/**
 * Keyboard shortcuts for the common moves. Single keys only act when the focus is not in a text
 * field and can be switched off (WCAG 2.1.4); undo and redo use the platform's modifier keys.
 */
import { useEffect } from 'react'
import { useSyncExternalStore } from 'react'
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

const SINGLE_KEYS_SETTING = 'vantage:singleKeyShortcuts'
const listeners = new Set<() => void>()

export function singleKeysEnabled(): boolean {
  return localStorage.getItem(SINGLE_KEYS_SETTING) !== 'off'
}

export function setSingleKeysEnabled(enabled: boolean): void {
  localStorage.setItem(SINGLE_KEYS_SETTING, enabled ? 'on' : 'off')
  listeners.forEach((listener) => listener())
}

export function useSingleKeysEnabled(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }, singleKeysEnabled)
}

/** Whether the key event happened inside a dialog or a rating row, which handle their own keys. */
function isOwnedElsewhere(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('[role="dialog"], [data-own-keys]') !== null
  )
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
      if (mod || event.altKey || !singleKeysEnabled() || isOwnedElsewhere(event.target)) return
      const action = (
        {
          n: handlers.next,
          p: handlers.previous,
          r: handlers.reveal,
          t: handlers.toggleTimer,
          '+': handlers.addMinute,
          '?': handlers.help,
        } as Record<string, (() => void) | undefined>
      )[key]
      if (action) {
        event.preventDefault()
        action()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [handlers])
}
