/**
 * The facilitator's language setting: a language, or "follow the system", remembered in this
 * window's origin storage so every window (the presenter too) and the next start agree. Pure
 * apart from the storage it is handed, so the rules are tested without a browser.
 */
import { firstSpokenLanguage, isLanguage, type Language } from '@shared/i18n'

export type LanguageChoice = Language | 'system'

export const LANGUAGE_STORAGE_KEY = 'vantage.language'

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'system' || isLanguage(value)
}

/** The stored choice; anything unreadable or unknown counts as "follow the system". */
export function readLanguageChoice(storage: Storage | null): LanguageChoice {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguageChoice(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

/** Remembers the choice; a storage that refuses (private mode, full) only loses the memory. */
export function writeLanguageChoice(storage: Storage | null, choice: LanguageChoice): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, choice)
  } catch {
    // The language still changes for this window; the next start follows the system again.
  }
}

export function resolveLanguage(choice: LanguageChoice, locales: readonly string[]): Language {
  return choice === 'system' ? firstSpokenLanguage(locales) : choice
}
