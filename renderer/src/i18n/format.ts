/**
 * Dates and relative times in the user's own regional format (the system locale), which may
 * differ from the language of the text: a British English app in Boston still shows US dates.
 */
import { i18n } from './index'

/** Formats an ISO calendar date (YYYY-MM-DD) without shifting it through a time zone. */
export function formatCalendarDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
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
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return i18n.t('dates.justNow')
}
