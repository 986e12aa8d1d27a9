/**
 * Where the room disagreed, per lens whose ratings it saw: how far the ratings spread, who stood
 * furthest from the agreed score, and the lenses where everyone agreed on the scores but not on
 * the distance between them. An anonymous workshop's summary, or a long list, counts people
 * instead of naming them.
 */
import { useTranslation } from 'react-i18next'
import type { LensDisagreement } from '@shared/domain'
import type { ReportOverviewRow } from '@shared/report'

type Spread = LensDisagreement['current']

/** Beyond this many, a cell counts people instead of listing names nobody can scan. */
const MAX_NAMED = 3

function SpreadCell({ spread }: { spread: Spread }) {
  const { t } = useTranslation()
  if (spread.range === null)
    return <span className="report-muted">{t('report.disagreement.notSeen')}</span>
  return <>{t('report.disagreement.levels', { count: spread.range })}</>
}

function Furthest({
  spread,
  agreed,
  anonymous,
}: {
  spread: Spread
  agreed: boolean
  anonymous: boolean
}) {
  const { t } = useTranslation()
  const [first] = spread.furthest
  // Ratings and agreed scores are whole levels: nobody furthest means everyone matched it.
  if (!agreed) return <span className="report-muted">{t('report.disagreement.noAgreed')}</span>
  if (!first) return <span className="report-muted">{t('report.disagreement.allAtAgreed')}</span>
  const who =
    anonymous || spread.furthest.length > MAX_NAMED
      ? t('report.disagreement.people', { count: spread.furthest.length })
      : spread.furthest.map((person) => person.name).join(', ')
  return <>{t('report.disagreement.away', { who, count: first.distance })}</>
}

export function ReportDisagreement({
  lenses,
  overview,
  anonymous,
}: {
  lenses: readonly LensDisagreement[]
  overview: readonly ReportOverviewRow[]
  anonymous: boolean
}) {
  const { t } = useTranslation()
  const agreed = (lensId: string, state: 'current' | 'target') =>
    overview.some((row) => row.lensId === lensId && row[state] !== null)
  const flagged = lenses.filter((lens) => lens.agreesOnScoreNotGap)
  return (
    <section className="report-disagreement" aria-labelledby="report-disagreement">
      <h2 id="report-disagreement" className="report-h2">
        {t('report.disagreement.heading')}
      </h2>
      <p className="report-lead">{t('report.disagreement.intro')}</p>
      <p className="report-flags">
        {flagged.length === 0
          ? t('report.disagreement.noFlags')
          : t('report.disagreement.flags', {
              count: flagged.length,
              lenses: flagged.map((lens) => lens.title).join(', '),
            })}
      </p>
      <table className="report-table report-disagreement__table">
        <thead>
          <tr>
            <th scope="col">{t('report.disagreement.lens')}</th>
            <th scope="col">{t('report.disagreement.spreadToday')}</th>
            <th scope="col">{t('report.disagreement.furthestToday')}</th>
            <th scope="col">{t('report.disagreement.spreadTarget')}</th>
            <th scope="col">{t('report.disagreement.furthestTarget')}</th>
            <th scope="col">{t('report.disagreement.gapSpread')}</th>
          </tr>
        </thead>
        <tbody>
          {lenses.map((lens) => (
            <tr key={lens.lensId}>
              <th scope="row">
                {lens.title}
                {lens.agreesOnScoreNotGap && (
                  <span className="report-flag">{t('report.disagreement.flag')}</span>
                )}
              </th>
              <td>
                <SpreadCell spread={lens.current} />
              </td>
              <td>
                <Furthest
                  spread={lens.current}
                  agreed={agreed(lens.lensId, 'current')}
                  anonymous={anonymous}
                />
              </td>
              <td>
                <SpreadCell spread={lens.target} />
              </td>
              <td>
                <Furthest
                  spread={lens.target}
                  agreed={agreed(lens.lensId, 'target')}
                  anonymous={anonymous}
                />
              </td>
              <td>
                {lens.gapRange === null ? (
                  <span className="report-muted">{t('report.disagreement.notSeen')}</span>
                ) : (
                  t('report.disagreement.levels', { count: lens.gapRange })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
