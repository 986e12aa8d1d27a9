/**
 * What the room sees once the ratings are revealed: where they centre, how far they spread, a
 * calm flag when the room disagrees, and the dot plot. "Hide ratings again" reopens the step.
 */
import { useTranslation } from 'react-i18next'
import { summarize } from '@shared/domain'
import { i18n } from '../../../i18n'
import { numberFormat } from '../../../i18n/formatters'
import { Button } from '../../../ui/Button'
import type { Round } from '../rating/round'
import { DotPlot } from './DotPlot'
import { plotRows, ratingValues } from './plotRows'

interface RevealResultsProps {
  round: Round
  onHide: () => void
}

export function RevealResults({ round, onHide }: RevealResultsProps) {
  const { t } = useTranslation()
  const summary = summarize(ratingValues(round))
  const number = numberFormat(i18n.language, { maximumFractionDigits: 1 })

  const { median, spread, disagreement } = summary
  return (
    <div className="reveal-results">
      <div className="reveal-results__top">
        <ul className="reveal-stats">
          <li className="reveal-stat reveal-stat--main">
            {median === null
              ? t('rating.reveal.noMedian')
              : t('rating.reveal.median', { value: number.format(median) })}
          </li>
          {spread && (
            <li className="reveal-stat">
              {spread.range === 0
                ? t('rating.reveal.rangeSingle', { level: spread.min })
                : t('rating.reveal.range', { min: spread.min, max: spread.max })}
            </li>
          )}
          <li className="reveal-stat">
            {t('rating.count', {
              rated: summary.distribution.total,
              total: round.participants.length,
            })}
          </li>
        </ul>
        <Button variant="secondary" onClick={onHide}>
          {t('rating.reveal.hide')}
        </Button>
      </div>
      {disagreement && spread && (
        <p className="reveal-flag" role="note">
          <span className="reveal-flag__mark" aria-hidden="true" />
          {t('rating.reveal.disagreement', { levels: spread.range + 1 })}
        </p>
      )}
      {round.anonymous && (
        <p className="reveal-results__hint">{t('rating.reveal.anonymousNote')}</p>
      )}
      <DotPlot rows={plotRows(round)} anonymous={round.anonymous} />
    </div>
  )
}
