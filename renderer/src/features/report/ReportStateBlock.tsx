/**
 * One state of a lens (today, or where the room wants to be): the agreed score, and once the
 * ratings were revealed, their chart, the numbers and the people behind them. Until then only
 * how many rated is shown. The column of observations for that state closes the block.
 */
import { useTranslation } from 'react-i18next'
import { MATURITY_LEVELS } from '@shared/domain'
import type { ReportLensSection, ReportStateSection, RevealedStateSection } from '@shared/report'
import { ReportCards } from './ReportCards'
import { ReportDistribution } from './ReportDistribution'
import { ReportRatings } from './ReportRatings'
import { formatNumber, levelLabel } from './reportFormat'

interface Props {
  lens: ReportLensSection
  state: ReportStateSection
  anonymous: boolean
}

function RevealedFigures({
  lens,
  state,
}: {
  lens: ReportLensSection
  state: RevealedStateSection
}) {
  const { t } = useTranslation()
  const { median, spread, disagreement, distribution } = state.summary
  const medianText =
    median === null
      ? t('report.ratings.noMedian')
      : t('report.ratings.median', { value: formatNumber(median) })
  const counts = [
    ...MATURITY_LEVELS.map((level) =>
      t('report.ratings.countOf', {
        label: t('rating.levelName', { level, label: levelLabel(lens.scale, level) }),
        count: distribution.counts[level],
      }),
    ),
    t('report.ratings.countOf', {
      label: t('report.ratings.unsure'),
      count: distribution.unsure,
    }),
  ].join(t('report.ratings.countJoiner'))

  return (
    <div className="report-figures">
      <ReportDistribution
        summary={state.summary}
        consensus={state.consensus}
        labels={{
          title: t('report.ratings.chartTitle'),
          description: t('report.ratings.chartDescription', { counts }),
          median: median === null ? null : t('report.ratings.medianMark'),
          unsure: t('report.ratings.unsure'),
          agreed: t('report.ratings.agreedMark'),
        }}
      />
      <ul className="report-stats">
        <li>
          {t('report.ratings.rated', { rated: distribution.total, total: state.participantCount })}
        </li>
        <li>{medianText}</li>
        {spread && (
          <li>
            {spread.range === 0
              ? t('report.ratings.rangeSingle', { level: spread.min })
              : t('report.ratings.range', { min: spread.min, max: spread.max })}
          </li>
        )}
        {disagreement && spread && (
          <li className="report-stats__flag">
            {t('report.ratings.disagreement', { levels: spread.range + 1 })}
          </li>
        )}
      </ul>
    </div>
  )
}

export function ReportStateBlock({ lens, state, anonymous }: Props) {
  const { t } = useTranslation()
  const headingId = `report-${lens.number}-${state.state}`

  return (
    <section className="report-state" aria-labelledby={headingId}>
      <div className="report-state__head">
        <h3 id={headingId} className="report-h3">
          {t(`report.lens.states.${state.state}`)}
        </h3>
        <p className="report-state__agreed">
          {state.consensus === null ? (
            <span className="report-muted">{t('report.lens.notAgreed')}</span>
          ) : (
            <>
              {t('report.lens.agreed')}{' '}
              <strong>
                {t('rating.levelName', {
                  level: state.consensus,
                  label: levelLabel(lens.scale, state.consensus),
                })}
              </strong>
            </>
          )}
        </p>
      </div>
      {state.revealed ? (
        <>
          <RevealedFigures lens={lens} state={state} />
          <ReportRatings ratings={state.ratings} scale={lens.scale} anonymous={anonymous} />
        </>
      ) : (
        <p className="report-hidden">
          {state.ratedCount === 0
            ? t('report.ratings.nobodyRated')
            : t('report.ratings.hidden', {
                rated: state.ratedCount,
                total: state.participantCount,
              })}
        </p>
      )}
      <ReportCards title={t(`report.lens.cards.${state.state}`)} cards={lens.cards[state.state]} />
    </section>
  )
}
