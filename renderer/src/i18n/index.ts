/**
 * Sets up i18next: English is always here (it is also every missing key's fallback), the first
 * screens' words from the start and every other screen's with that screen's code; German and
 * French load on demand, so a facilitator working in English never downloads them. Components
 * use `useTranslation()`; non-React code uses `t` from here.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isLanguage, LANGUAGES, type Language } from '@shared/i18n'
import type { Resources } from './locales/en'
import { enAtStart } from './locales/enAtStart'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Resources }
  }
}

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  resources: { en: { translation: enAtStart } },
  interpolation: { escapeValue: false },
  initAsync: false,
})

const loaders: Record<'de' | 'fr', () => Promise<object>> = {
  de: () => import('./locales/de').then((module) => module.de),
  fr: () => import('./locales/fr').then((module) => module.fr),
}

let laterWords: Promise<void> | null = null

/**
 * Adds the English words of the screens loaded on their first visit (locales/enLater.ts), once;
 * resolves when they are here. A screen's code is loaded with them (lazyScreens.tsx), so no
 * screen draws before its words have come.
 */
export function loadLaterWords(): Promise<void> {
  // Loaded once, as a screen's code is (ui/lazyComponent.ts): a screen that failed to load holds
  // on to that failure, so asking for the words again would not bring it back.
  laterWords ??= import('./locales/enLater').then(({ enLater }) => {
    // Deep, so the groups the first screens hold a part of (facilitate.help) are joined.
    i18next.addResourceBundle('en', 'translation', enLater, true, true)
  })
  return laterWords
}

/** Loads the language's text when it is not here yet, then switches every screen to it. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loaders[language]())
  }
  await i18next.changeLanguage(language)
  if (typeof document !== 'undefined') document.documentElement.lang = language
}

/** The language on screen now. */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language
  return isLanguage(language) ? language : 'en'
}

export const i18n = i18next
export const t = i18next.t.bind(i18next)
