/**
 * The score the room agrees on, one of the five levels or none yet. It never depends on the
 * ratings, so a lens nobody rated can still be agreed; each choice is saved at once.
 */
import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { MaturityLevel, MaturityLevelDescription, RatingState } from '@shared/domain'
import { Button } from '../../../ui/Button'

interface ConsensusPickerProps {
  state: RatingState
  scale: readonly MaturityLevelDescription[]
  value: MaturityLevel | null
  onChange: (value: MaturityLevel | null) => void
}

export function ConsensusPicker({ state, scale, value, onChange }: ConsensusPickerProps) {
  const { t } = useTranslation()
  const id = useId()
  const group = useRef<HTMLDivElement>(null)

  function clear() {
    onChange(null)
    // The button is about to be disabled; keep focus on the choices instead.
    group.current?.querySelector('input')?.focus()
  }

  return (
    <section className="consensus" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t(`rating.consensus.heading.${state}`)}</h3>
      <div
        ref={group}
        role="radiogroup"
        className="consensus__levels"
        aria-labelledby={`${id}-heading`}
      >
        {scale.map((level) => (
          <label key={level.level} className="consensus__level">
            <input
              type="radio"
              className="consensus__input"
              name={`${id}-level`}
              value={level.level}
              checked={value === level.level}
              aria-label={t('rating.levelName', { level: level.level, label: level.label })}
              onChange={() => onChange(level.level)}
            />
            <span className="level-badge">{level.level}</span>
            <span className="consensus__label">{level.label}</span>
          </label>
        ))}
      </div>
      <div className="consensus__footer">
        {value === null && <p className="consensus__hint">{t('rating.consensus.notAgreed')}</p>}
        <Button variant="quiet" onClick={clear} disabled={value === null}>
          {t('rating.consensus.clear')}
        </Button>
      </div>
    </section>
  )
}
