/** Planned minutes as people say them ("2 h 30 min"), in the app's language. */
import type { TFunction } from 'i18next'

export function formatDuration(t: TFunction, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  const hours = Math.floor(whole / 60)
  if (hours === 0) return t('prepare.agenda.minutesOnly', { minutes: whole })
  return t('prepare.agenda.hoursMinutes', { hours, minutes: whole % 60 })
}
