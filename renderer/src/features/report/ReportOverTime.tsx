/**
 * Since the earlier workshop: both maps overlaid and, per lens, the agreed scores then and now.
 * The earlier scores are the copy this workshop kept when the facilitator chose to compare.
 */
import { useTranslation } from 'react-i18next'
import type { ReportOverTime as OverTime } from '@shared/report'
import { formatCalendarDate } from '../../i18n/format'
import { RadarChart } from '../compare/radar/RadarChart'
import { overTimeLines } from '../compare/radar/radarLines'
import { formatGap } from './reportFormat'

const dash = '–'
const score = (value: number | null) => (value === null ? dash : value)
const change = (value: number | null) => (value === null ? dash : formatGap(value))

export function ReportOverTime({ overTime }: { overTime: OverTime }) {
  const { t } = useTranslation()
  const { deltas, title } = overTime
  const about = [
    overTime.organisation,
    overTime.date ? formatCalendarDate(overTime.date) : '',
    overTime.fromFile ? t('report.overTime.fromFile') : '',
  ].filter(Boolean)
  const moved = (kind: 'up' | 'down' | 'same') =>
    deltas.filter((row) => row.presence === 'both' && row.moved === kind).map((row) => row.title)
  const only = (presence: 'earlierOnly' | 'laterOnly') =>
    deltas.filter((row) => row.presence === presence).map((row) => row.title)
  const onlyLists = [
    {
      key: 'earlierOnly',
      label: t('report.overTime.onlyThen', { title }),
      titles: only('earlierOnly'),
    },
    { key: 'laterOnly', label: t('report.overTime.onlyNow'), titles: only('laterOnly') },
  ].filter((list) => list.titles.length > 0)
  const whereOnly = (row: (typeof deltas)[number]) =>
    row.presence === 'earlierOnly'
      ? t('report.overTime.onlyThen', { title })
      : row.presence === 'laterOnly'
        ? t('report.overTime.onlyNow')
        : null
  return (
    <section className="report-over-time report-page" aria-labelledby="report-over-time">
      <h2 id="report-over-time" className="report-h2">
        {t('report.overTime.heading', { title })}
      </h2>
      <p className="report-lead">
        {t('report.overTime.intro', { title })} {about.join(' · ')}
      </p>
      <figure className="report-figure report-over-time__radar">
        <RadarChart
          axes={deltas.map((row) => row.title)}
          series={overTimeLines(deltas, {
            nowToday: t('report.overTime.nowToday'),
            nowTarget: t('report.overTime.nowTarget'),
            thenToday: t('report.overTime.thenToday'),
            thenTarget: t('report.overTime.thenTarget'),
          })}
          title={t('report.overTime.chartTitle', { title })}
        />
      </figure>
      <dl className="report-moved">
        {(['up', 'down', 'same'] as const).map((kind) => (
          <div key={kind}>
            <dt>{t(`report.overTime.moved.${kind}`)}</dt>
            <dd>{moved(kind).join(', ') || t('report.overTime.noLens')}</dd>
          </div>
        ))}
        {onlyLists.map((list) => (
          <div key={list.key}>
            <dt>{list.label}</dt>
            <dd>{list.titles.join(', ')}</dd>
          </div>
        ))}
      </dl>
      <table className="report-table report-over-time__table">
        <thead>
          <tr>
            <th scope="col">{t('report.overTime.lens')}</th>
            <th scope="col" className="report-num">
              {t('report.overTime.todayThen')}
            </th>
            <th scope="col" className="report-num">
              {t('report.overTime.todayNow')}
            </th>
            <th scope="col" className="report-num">
              {t('report.overTime.change')}
            </th>
            <th scope="col" className="report-num">
              {t('report.overTime.targetThen')}
            </th>
            <th scope="col" className="report-num">
              {t('report.overTime.targetNow')}
            </th>
            <th scope="col" className="report-num">
              {t('report.overTime.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {deltas.map((row) => (
            <tr key={row.lensId}>
              <th scope="row">
                {row.title}
                {whereOnly(row) && <span className="report-over-time__only">{whereOnly(row)}</span>}
              </th>
              <td className="report-num">{score(row.before.current)}</td>
              <td className="report-num">{score(row.after.current)}</td>
              <td className="report-num">{change(row.currentDelta)}</td>
              <td className="report-num">{score(row.before.target)}</td>
              <td className="report-num">{score(row.after.target)}</td>
              <td className="report-num">{change(row.targetDelta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
