/** How the earlier workshop's committed bets went, as the room reviewed them before new bets. */
import { useTranslation } from 'react-i18next'
import type { ReportReview as Review } from '@shared/report'

export function ReportReview({ review }: { review: Review }) {
  const { t } = useTranslation()
  return (
    <section className="report-review" aria-labelledby="report-review">
      <h2 id="report-review" className="report-h2">
        {t('report.review.heading', { title: review.title })}
      </h2>
      <p className="report-lead">{t('report.review.intro', { title: review.title })}</p>
      <table className="report-table report-review__table">
        <thead>
          <tr>
            <th scope="col">{t('report.review.bet')}</th>
            <th scope="col">{t('report.review.lens')}</th>
            <th scope="col">{t('report.review.owner')}</th>
            <th scope="col">{t('report.review.outcome')}</th>
            <th scope="col">{t('report.review.learning')}</th>
          </tr>
        </thead>
        <tbody>
          {review.bets.map((bet) => (
            <tr key={bet.id}>
              <th scope="row">{bet.title}</th>
              <td>
                {bet.aboutLens ? bet.aboutLens.title : '–'}
                {bet.aboutLens && !bet.aboutLens.here && (
                  <span className="report-over-time__only">{t('report.review.lensNotHere')}</span>
                )}
              </td>
              <td>{bet.owner || '–'}</td>
              <td>
                {bet.review.outcome ? (
                  t(`report.review.outcomes.${bet.review.outcome}`)
                ) : (
                  <span className="report-muted">{t('report.review.notReviewed')}</span>
                )}
              </td>
              <td>{bet.review.learning.trim() || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
