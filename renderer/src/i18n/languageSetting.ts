/**
 * The language setting at work: which language a window starts in, switching when the
 * facilitator picks another one, and following along when another window (the presenter) or the
 * system changes it. The desktop app's menus and dialogs are told each time, so they match.
 */
import type { Language } from '@shared/i18n'
import { platform } from '../platform'
import { currentLanguage, switchLanguage } from './index'
import {
  LANGUAGE_STORAGE_KEY,
  readLanguageChoice,
  resolveLanguage,
  writeLanguageChoice,
  type LanguageChoice,
} from './languageChoice'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function systemLocales(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language]
}

export function languageChoice(): LanguageChoice {
  return readLanguageChoice(storage())
}

const choiceListeners = new Set<() => void>()

/** Calls `listener` whenever the choice changes, here or in another window; returns the stop. */
export function subscribeToLanguageChoice(listener: () => void): () => void {
  choiceListeners.add(listener)
  return () => void choiceListeners.delete(listener)
}

function choiceChanged(): void {
  choiceListeners.forEach((listener) => listener())
}

/** The language the system prefers now, of those Vantage speaks. */
export function systemLanguageNow(): Language {
  return resolveLanguage('system', systemLocales())
}

/** The language the facilitator's setting means on this machine now. */
export function chosenLanguage(): Language {
  return resolveLanguage(languageChoice(), systemLocales())
}

async function show(language: Language): Promise<void> {
  await switchLanguage(language)
  void platform.desktop?.setLanguage(language).catch(() => undefined)
}

/**
 * Starts the window in `override` (a print in another language) or the chosen language, and
 * keeps it following the setting. Resolves once the text is here, so the first render is in it.
 */
export async function startLanguage(override: Language | null): Promise<void> {
  if (override !== null) {
    // A print in another language is one page's business: it neither follows nor tells anyone.
    await switchLanguage(override)
    return
  }
  await show(chosenLanguage())
  const follow = () => {
    const language = chosenLanguage()
    if (language !== currentLanguage()) void show(language)
  }
  window.addEventListener('storage', (event) => {
    if (event.key !== LANGUAGE_STORAGE_KEY) return
    choiceChanged()
    follow()
  })
  window.addEventListener('languagechange', follow)
}

/** The facilitator picked a language (or "follow the system"): remembered and shown at once. */
export async function chooseLanguage(choice: LanguageChoice): Promise<void> {
  writeLanguageChoice(storage(), choice)
  choiceChanged()
  await show(resolveLanguage(choice, systemLocales()))
}
