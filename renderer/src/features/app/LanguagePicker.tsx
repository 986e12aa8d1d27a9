/**
 * The language setting in the app bar: follow the system (the default) or one of the languages
 * Vantage speaks, each named in its own words. A choice takes effect at once, in every window,
 * and is remembered for the next start.
 */
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_NAMES } from '@shared/i18n'
import {
  chooseLanguage,
  languageChoice,
  subscribeToLanguageChoice,
  systemLanguageNow,
} from '../../i18n/languageSetting'
import { isLanguageChoice } from '../../i18n/languageChoice'
import { LanguageOptions } from '../../ui/LanguageOptions'

export function LanguagePicker() {
  const { t } = useTranslation()
  // Read from the setting itself, so another window's choice shows here too.
  const choice = useSyncExternalStore(subscribeToLanguageChoice, languageChoice)
  return (
    <label className="app-bar__language">
      <span className="app-bar__language-label">{t('app.language.label')}</span>
      <select
        className="app-bar__language-select"
        value={choice}
        onChange={(event) => {
          const next = event.target.value
          if (isLanguageChoice(next)) void chooseLanguage(next)
        }}
      >
        <option value="system">
          {t('app.language.system', { language: LANGUAGE_NAMES[systemLanguageNow()] })}
        </option>
        <LanguageOptions />
      </select>
    </label>
  )
}
