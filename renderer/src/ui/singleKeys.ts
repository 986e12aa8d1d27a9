/**
 * Single-key shortcuts (N, P, B, ...): the facilitator's switch for them (WCAG 2.1.4, for speech
 * input) and the one gate every screen passes a key press through before acting on a letter.
 */
import { useSyncExternalStore } from 'react'
import { isTextEntry } from './textEntry'

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

/**
 * The key of a press that may act as a single-key shortcut, lower-cased; null when it must not:
 * already handled, typed into a field, held with Ctrl, ⌘ or Alt (the browser's and the menu's
 * keys), inside something that owns its keys, or with single keys switched off.
 */
export function singleKeyOf(event: KeyboardEvent): string | null {
  if (event.defaultPrevented || isTextEntry(event.target)) return null
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (!singleKeysEnabled() || isOwnedElsewhere(event.target)) return null
  return event.key.toLowerCase()
}
