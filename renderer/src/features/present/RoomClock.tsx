/**
 * The step timer as the room sees it: small in a corner while following the steps, filling the
 * screen in timer mode. When time is up it says so in words and keeps counting the overrun,
 * calmly: no flashing, no alarm colour, because a full room is not an emergency.
 */
import { useTranslation } from 'react-i18next'
import { formatClock, type RoomTimer } from '@shared/domain'

function statusOf(timer: RoomTimer): 'running' | 'paused' | 'notStarted' {
  if (timer.running) return 'running'
  return timer.remainingMs === timer.durationMs ? 'notStarted' : 'paused'
}

export function RoomClock({ timer, size }: { timer: RoomTimer; size: 'corner' | 'huge' }) {
  const { t } = useTranslation()
  const status = statusOf(timer)
  return (
    <div
      className={`present-clock present-clock--${size}${timer.timeUp ? ' present-clock--up' : ''}`}
      role="timer"
      aria-label={t('present.timer.label')}
    >
      {timer.timeUp && <p className="present-clock__up">{t('present.timer.timeUp')}</p>}
      <p className="present-clock__time">
        <span className="present-clock__digits">
          {formatClock(timer.timeUp ? timer.overrunMs : timer.remainingMs)}
        </span>{' '}
        <span className="present-clock__unit">
          {timer.timeUp ? t('present.timer.over') : t('present.timer.left')}
        </span>
      </p>
      {status === 'paused' && <p className="present-clock__paused">{t('present.timer.paused')}</p>}
    </div>
  )
}
