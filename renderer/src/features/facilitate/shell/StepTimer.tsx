/**
 * The step timer: counts down the planned minutes of the current step, keeps counting past zero,
 * and says calmly when time is up. Its state lives with the workshop, so a reload keeps it.
 */
import { useTranslation } from 'react-i18next'
import { formatClock, isTimeUp, remaining, type StepRef } from '@shared/domain'
import { useSession } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { useNow } from '../../../ui/useNow'
import { timerFor } from './timerState'
import { useTimerControls } from './useTimerControls'

export function StepTimer({ position }: { position: StepRef }) {
  const { t } = useTranslation()
  const workshop = useSession((s) => s.data?.workshop)
  const timer = workshop ? timerFor(workshop, position) : null
  const running = timer?.runningSince != null
  const now = useNow(running ? 1000 : 60_000)
  const controls = useTimerControls(position)
  if (!timer) return null
  const left = remaining(timer, now)
  const up = isTimeUp(timer, now)

  return (
    <div
      className={`step-timer${up ? ' step-timer--up' : ''}`}
      role="group"
      aria-label={t('facilitate.timer.label')}
    >
      <span className="step-timer__clock" aria-hidden="true">
        {formatClock(Math.abs(left))}
      </span>
      <span className="visually-hidden">
        {up
          ? t('facilitate.timer.over', { time: formatClock(-left) })
          : t('facilitate.timer.remaining', { time: formatClock(left) })}
      </span>
      <Button variant="secondary" onClick={controls.toggle}>
        {running ? t('facilitate.timer.pause') : t('facilitate.timer.start')}
      </Button>
      <Button variant="quiet" onClick={controls.addMinute}>
        {t('facilitate.timer.addMinute')}
      </Button>
      <p className="step-timer__up" role="status" aria-live="polite">
        {up ? t('facilitate.timer.timeUp') : ''}
      </p>
    </div>
  )
}
