// Which of our languages a system locale means: its first part when we speak it, else English.
import { describe, expect, it } from 'vitest'
import {
  firstSpokenLanguage,
  isLanguage,
  languageOfLocale,
  LANGUAGES,
} from '../../../../shared/i18n/languages'

describe('languageOfLocale', () => {
  it.each([
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['nl-NL', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('reads %s as %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language)
  })

  it('knows exactly the languages Vantage speaks', () => {
    expect(LANGUAGES).toEqual(['en', 'de', 'fr'])
    expect(['en', 'de', 'fr', 'nl', 'EN', 1, null].filter(isLanguage)).toEqual(['en', 'de', 'fr'])
  })
})

describe('firstSpokenLanguage', () => {
  it('picks the first of the system’s languages that Vantage speaks', () => {
    expect(firstSpokenLanguage(['nl-BE', 'fr-BE', 'de-DE'])).toBe('fr')
    expect(firstSpokenLanguage(['en-US', 'de-DE'])).toBe('en')
    expect(firstSpokenLanguage(['de-CH'])).toBe('de')
    expect(firstSpokenLanguage(['ja-JP'])).toBe('en')
    expect(firstSpokenLanguage([])).toBe('en')
  })
})
