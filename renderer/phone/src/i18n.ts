/**
 * The phone page's i18next: only its own text (locales/en/phone.ts), none of the app's, so the
 * page stays small; the keys are the app's own, so they are translated with it.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { phone } from '../../src/i18n/locales/en/phone'

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: { phone } } },
  interpolation: { escapeValue: false },
  initAsync: false,
})
