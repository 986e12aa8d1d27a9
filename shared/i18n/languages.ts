/**
 * The languages Vantage speaks, in the order the language setting lists them. Pure data, so
 * the main process (menus, dialogs) and the renderer agree on one list.
 */
export const LANGUAGES = ['en', 'de', 'fr'] as const

export type Language = (typeof LANGUAGES)[number]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/**
 * The language to use for a system locale such as "de-AT" or "fr_CH": its first part, when we
 * speak it, else English.
 */
export function languageOfLocale(locale: string | undefined): Language {
  const first = (locale ?? '').toLowerCase().split(/[-_]/)[0]
  return isLanguage(first) ? first : 'en'
}

/** The first of a system's preferred locales that Vantage speaks, else English. */
export function firstSpokenLanguage(locales: readonly string[]): Language {
  for (const locale of locales) {
    const language = languageOfLocale(locale)
    if (language !== 'en' || locale.toLowerCase().startsWith('en')) return language
  }
  return 'en'
}

/** Each language by its own name, as a language menu lists them whatever the app speaks. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
}
