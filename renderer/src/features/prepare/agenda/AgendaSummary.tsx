/**
 * The plan against the clock: planned time, the time the room has, and how far apart they are.
 * Being over is stated calmly; it is a planning fact, not an error.
 */
import { useTranslation } from 'react-i18next'
import { agendaFit, type AgendaItem } from '@shared/domain'
import { formatDuration } from './duration'

interface Props {
  agenda: readonly AgendaItem[]
  startTime: string
  endTime: string
}

export function AgendaSummary({ agenda, startTime, endTime }: Props) {
  const { t } = useTranslation()
  const fit = agendaFit(agenda, startTime, endTime)
  const duration = (minutes: number) => formatDuration(t, minutes)
  let line: string
  let tone: 'unknown' | 'over' | 'fits'
  if (fit.available === null) {
    line = t('prepare.agenda.unknown')
    tone = 'unknown'
  } else {
    const available = t('prepare.agenda.available', { duration: duration(fit.available) })
    const verdict =
      fit.overBy > 0
        ? t('prepare.agenda.over', { duration: duration(fit.overBy) })
        : fit.spare > 0
          ? t('prepare.agenda.spare', { duration: duration(fit.spare) })
          : t('prepare.agenda.exact')
    line = t('prepare.agenda.fitLine', { available, verdict })
    tone = fit.overBy > 0 ? 'over' : 'fits'
  }
  return (
    <div className={`agenda-fit agenda-fit--${tone}`} role="status">
      <p className="agenda-fit__planned">
        {t('prepare.agenda.planned', { duration: duration(fit.planned) })}
      </p>
      <p className="agenda-fit__available">{line}</p>
    </div>
  )
}
