/**
 * The one page a sponsor reads first: for each lens the agreed score today and as a target,
 * the gap, the move drawn on the scale, and the shift the room thinks matters most.
 */
import { useTranslation } from 'react-i18next'
import type { MaturityLevel, MaturityLevelDescription } from '@shared/domain'
import type { ReportModel } from '@shared/report'
import { ReportShiftChart, ReportShiftLegend } from './ReportShiftChart'
import { formatGap, levelLabel } from './reportFormat'

function Score({
  value,
  scale,
}: {
  value: MaturityLevel | null
  scale: readonly MaturityLevelDescription[]
}) {
  const { t } = useTranslation()
  if (value === null)
    return (
      <>
        <span className="report-score report-score--none">–</span>
        <span className="report-score__label">{t('report.overview.notAgreed')}</span>
      </>
    )
  return (
    <>
      <span className="report-score">{value}</span>
      <span className="report-score__label">{levelLabel(scale, value)}</span>
    </>
  )
}

export function ReportOverview({ model }: { model: ReportModel }) {
  const { t } = useTranslation()
  const dash = '–'

  return (
    <section className="report-overview" aria-labelledby="report-overview">
      <h2 id="report-overview" className="report-h2">
        {t('report.overview.heading')}
      </h2>
      <p className="report-lead">{t('report.overview.intro')}</p>
      <table className="report-table report-overview__table">
        <thead>
          <tr>
            <th scope="col">{t('report.overview.lens')}</th>
            <th scope="col">{t('report.overview.today')}</th>
            <th scope="col">{t('report.overview.target')}</th>
            <th scope="col" className="report-num">
              {t('report.overview.gap')}
            </th>
            <th scope="col">{t('report.overview.chart')}</th>
            <th scope="col">{t('report.overview.keyShift')}</th>
          </tr>
        </thead>
        <tbody>
          {model.overview.map((row, index) => {
            const scale = model.lenses[index]?.scale ?? []
            return (
              <tr key={row.lensId}>
                <th scope="row" className="report-overview__lens">
                  {row.title}
                </th>
                <td className="report-overview__score">
                  <Score value={row.current} scale={scale} />
                </td>
                <td className="report-overview__score">
                  <Score value={row.target} scale={scale} />
                </td>
                <td className="report-num report-overview__gap">
                  {row.gap === null ? dash : formatGap(row.gap)}
                </td>
                <td className="report-overview__chart">
                  <ReportShiftChart
                    current={row.current}
                    target={row.target}
                    label={t('report.overview.chartLabel', {
                      lens: row.title,
                      today: row.current ?? dash,
                      target: row.target ?? dash,
                    })}
                  />
                </td>
                <td className="report-overview__shift">
                  {row.keyShift || (
                    <span className="report-muted">{t('report.overview.noKeyShift')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <ReportShiftLegend
        today={t('report.overview.legendToday')}
        target={t('report.overview.legendTarget')}
      />
    </section>
  )
}
