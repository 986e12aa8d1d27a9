/**
 * Dates and relative times in the reader's regional format: the system's region when it speaks
 * the app's language (a German app in Vienna writes Austrian dates, an English one in Boston US
 * dates), else the app's language itself, so a sentence never mixes two languages.
 */
import { languageOfLocale } from '@shared/i18n'
import { dateTimeFormat, relativeTimeFormat } from './formatters'
import { currentLanguage, i18n } from './index'

/** The locale for dates and numbers: the system's when it shares the app's language. */
export function regionalLocale(
  system: string | undefined = globalThis.navigator?.language,
): string {
  const language = currentLanguage()
  return system !== undefined && languageOfLocale(system) === language ? system : language
}

/** Formats an ISO calendar date (YYYY-MM-DD) without shifting it through a time zone. */
export function formatCalendarDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return dateTimeFormat(regionalLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  )
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "5 minutes ago", "yesterday"... ; under a minute reads "just now". */
export function formatRelativeTime(timestamp: number, now: number): string {
  // A clock read slightly before the write it describes must not say "in 1 minute".
  const seconds = Math.round((Math.min(timestamp, now) - now) / 1000)
  const format = relativeTimeFormat(regionalLocale(), { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return i18n.t('dates.justNow')
}

/** A moment as date and time in the reader's format. */
export function formatDateTime(timestamp: number | Date): string {
  return dateTimeFormat(regionalLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(timestamp)
}
