// Dates, numbers and plurals in the reader's language: each language formats its own way (Intl),
// plural forms follow the language's rules (French 0 is singular and a million takes "many"),
// and a date never mixes the app's language with another one from the system.
import { afterEach, describe, expect, it } from 'vitest'
import { switchLanguage, t } from '../../../../renderer/src/i18n'
import {
  formatCalendarDate,
  formatRelativeTime,
  regionalLocale,
} from '../../../../renderer/src/i18n/format'
import { fr } from '../../../../renderer/src/i18n/locales/fr'
import { formatNumber } from '../../../../renderer/src/features/report/reportFormat'

afterEach(async () => {
  await switchLanguage('en')
})

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0)

describe('the locale of dates and numbers', () => {
  it('is the system’s when it speaks the app’s language, else the app’s language', async () => {
    await switchLanguage('de')
    expect(regionalLocale('de-AT')).toBe('de-AT')
    expect(regionalLocale('en-US')).toBe('de')
    expect(regionalLocale(undefined)).toBe('de')
  })
})

describe('in German', () => {
  it('writes dates, relative times and decimals the German way', async () => {
    await switchLanguage('de')
    expect(formatCalendarDate('2026-12-04')).toBe('04.12.2026')
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW)).toBe('vor 5 Minuten')
    expect(formatRelativeTime(NOW - 24 * 3600_000, NOW)).toBe('gestern')
    expect(formatRelativeTime(NOW - 10_000, NOW)).toBe(t('dates.justNow'))
    expect(formatNumber(3.5)).toBe('3,5')
  })

  it('says plurals in German', async () => {
    await switchLanguage('de')
    expect(t('home.copySuffix', { count: 1 })).not.toBe(t('home.copySuffix', { count: 2 }))
    expect(t('home.copySuffix', { count: 2 })).toContain('2')
  })
})

describe('in French', () => {
  it('writes dates, relative times and decimals the French way', async () => {
    await switchLanguage('fr')
    expect(formatCalendarDate('2026-12-04')).toBe('4 déc. 2026')
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW)).toBe('il y a 5 minutes')
    expect(formatNumber(3.5)).toBe('3,5')
  })

  it('takes 0 and 1 as singular, and has a form for a million', async () => {
    await switchLanguage('fr')
    const one = t('home.copySuffix', { count: 1 })
    expect(t('home.copySuffix', { count: 0 })).toBe(
      fr.home.copySuffix_one.replace('{{count}}', '0'),
    )
    expect(one).not.toBe(t('home.copySuffix', { count: 2 }))
    // Intl.PluralRules('fr') says "many" for 1 000 000; without that form it would fall to English.
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many')
    expect(t('home.copySuffix', { count: 1_000_000 })).toBe(
      fr.home.copySuffix_many.replace('{{count}}', '1000000'),
    )
    expect(t('home.copySuffix', { count: 1_000_000 })).not.toBe(
      t('home.copySuffix', { count: 1_000_000, lng: 'en' }),
    )
  })
})
