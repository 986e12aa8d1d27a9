/**
 * The review of what an earlier workshop committed to, before the room writes new bets: each of
 * its committed bets with how it went and what the room learned, and how many are reviewed so
 * far. Without an earlier workshop it says where one is picked.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { formatCalendarDate } from '../../../i18n/format'
import type { SessionData } from '../../../store/session/sessionData'
import { compareHref } from '../../compare/compareViews'
import { commitHref } from '../commitViews'
import { EarlierBetReview } from './EarlierBetReview'

export function ReviewView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const headingId = useId()
  const earlier = data.workshop.earlier
  const bets = earlier?.bets ?? []
  const reviewed = bets.filter((b) => b.review.outcome !== null).length

  return (
    <section className="commit-view review-view" aria-labelledby={headingId}>
      <header className="commit-view__header">
        <h2 id={headingId}>{t('commit.revisit.heading')}</h2>
        {earlier && bets.length > 0 && (
          <p>
            {earlier.date
              ? t('commit.revisit.introDated', {
                  title: earlier.title,
                  date: formatCalendarDate(earlier.date),
                })
              : t('commit.revisit.intro', { title: earlier.title })}{' '}
            <Link href={commitHref(data.workshop.id, 'bets')}>{t('commit.revisit.toBets')}</Link>
          </p>
        )}
      </header>
      {bets.length === 0 ? (
        <p className="commit-empty">
          {t('commit.revisit.empty')}{' '}
          <Link href={compareHref(data.workshop.id, 'over-time')}>
            {t('commit.revisit.emptyLink')}
          </Link>
        </p>
      ) : (
        <>
          <p className="review-view__progress" role="status">
            {t('commit.revisit.progress', { reviewed, count: bets.length })}
          </p>
          <ul className="bet-list" aria-label={t('commit.revisit.listLabel')}>
            {bets.map((bet) => (
              <EarlierBetReview key={bet.id} bet={bet} template={data.workshop.template} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
