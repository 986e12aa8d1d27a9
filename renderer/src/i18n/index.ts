/**
 * Sets up i18next once, with English as the only language today. Components use
 * `useTranslation()`; non-React code uses `t` from here.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, type Resources } from './locales/en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Resources }
  }
}

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
})

export const i18n = i18next
export const t = i18next.t.bind(i18next)
