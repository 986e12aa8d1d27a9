/**
 * The phone page's i18next: only its own text (locales/<language>/phone.ts), none of the app's,
 * so the page stays small; the keys are the app's own, translated with it. The page speaks the
 * phone's language when Vantage speaks it, else English: each person reads their own phone.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { firstSpokenLanguage } from '@shared/i18n/languages'
import { phone as de } from '../../src/i18n/locales/de/phone'
import { phone as en } from '../../src/i18n/locales/en/phone'
import { phone as fr } from '../../src/i18n/locales/fr/phone'

// The phone's first language Vantage speaks, as the app chooses its own.
const language = firstSpokenLanguage(
  navigator.languages?.length ? navigator.languages : [navigator.language],
)
document.documentElement.lang = language

void i18next.use(initReactI18next).init({
  lng: language,
  fallbackLng: 'en',
  resources: {
    en: { translation: { phone: en } },
    de: { translation: { phone: de } },
    fr: { translation: { phone: fr } },
  },
  interpolation: { escapeValue: false },
  initAsync: false,
})
