/**
 * The options of a language menu: each language Vantage speaks, named in its own words and
 * marked with its language, so a screen reader says "Français" the French way.
 */
import { LANGUAGE_NAMES, LANGUAGES } from '@shared/i18n'

export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </>
  )
}
