/**
 * The room's map on paper: the radar of agreed scores beside the lenses ranked by gap, so a
 * reader of the summary sees the picture the room photographed from the projector.
 */
import { useTranslation } from 'react-i18next'
import type { RadarPoint, RankedGap } from '@shared/domain'
import { RadarChart } from '../compare/radar/RadarChart'
import { agreedLines } from '../compare/radar/radarLines'
import { formatGap } from './reportFormat'

function GapRanking({ rows }: { rows: readonly RankedGap[] }) {
  const { t } = useTranslation()
  return (
    <table className="report-table report-ranking">
      <caption className="report-caption">{t('report.map.rankingCaption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="report-num">
            {t('report.map.rank')}
          </th>
          <th scope="col">{t('report.map.lens')}</th>
          <th scope="col" className="report-num">
            {t('report.map.today')}
          </th>
          <th scope="col" className="report-num">
            {t('report.map.target')}
          </th>
          <th scope="col" className="report-num">
            {t('report.map.gap')}
          </th>
          <th scope="col">{t('report.map.keyShift')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.lensId}>
            <td className="report-num">{row.rank}</td>
            <th scope="row">{row.title}</th>
            <td className="report-num">{row.current}</td>
            <td className="report-num">{row.target}</td>
            <td className="report-num">{row.gap === null ? '–' : formatGap(row.gap)}</td>
            <td>
              {row.keyShift || <span className="report-muted">{t('report.map.noShift')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ReportMap({
  radar,
  ranking,
}: {
  radar: readonly RadarPoint[]
  ranking: readonly RankedGap[] | null
}) {
  const { t } = useTranslation()
  return (
    <section className="report-map report-page" aria-labelledby="report-map">
      <h2 id="report-map" className="report-h2">
        {t('report.map.heading')}
      </h2>
      <p className="report-lead">{t('report.map.intro')}</p>
      <figure className="report-figure report-map__radar">
        <RadarChart
          axes={radar.map((point) => point.title)}
          series={agreedLines(radar, {
            today: t('report.map.seriesToday'),
            target: t('report.map.seriesTarget'),
          })}
          title={t('report.map.chartTitle')}
        />
      </figure>
      {ranking ? (
        <GapRanking rows={ranking} />
      ) : (
        <p className="report-muted">{t('report.map.noRanking')}</p>
      )}
    </section>
  )
}
