/**
 * The lens's five levels with their labels and one-line descriptions, big enough to read aloud
 * from the projector while people decide.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { MaturityLevelDescription } from '@shared/domain'

export function ScaleLevels({ scale }: { scale: readonly MaturityLevelDescription[] }) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="scale-levels" aria-labelledby={headingId}>
      <h3 id={headingId} className="scale-levels__heading">
        {t('rating.rate.scaleHeading')}
      </h3>
      <ol className="scale-levels__list">
        {scale.map((level) => (
          <li key={level.level} className="scale-levels__item">
            <span className="level-badge">{level.level}</span>
            <span className="scale-levels__text">
              <strong className="scale-levels__label">{level.label}</strong>
              <span className="scale-levels__description">{level.description}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
