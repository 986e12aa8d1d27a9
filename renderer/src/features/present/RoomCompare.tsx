/**
 * Compare mode on the projector: the room's agreed map of today and the target as a large radar,
 * with the widest gaps beside it. Only agreed scores are drawn; no rating is read here.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomView } from '@shared/domain'
import { RadarChart } from '../compare/radar/RadarChart'
import { agreedLines } from '../compare/radar/radarLines'
import { signedGap } from './roomFormat'

type CompareView = Extract<RoomView, { kind: 'compare' }>

/** How many gaps the room can take in at a glance, beside the chart. */
const TOP_GAPS = 3

export function RoomCompare({ view }: { view: CompareView }) {
  const { t } = useTranslation()
  const { radar, ranking } = view
  const axes = useMemo(() => radar.map((point) => point.title), [radar])
  const series = useMemo(
    () =>
      agreedLines(radar, {
        today: t('present.compare.today'),
        target: t('present.compare.target'),
      }),
    [radar, t],
  )
  const anyAgreed = radar.some((p) => p.current !== null || p.target !== null)

  return (
    <div className="present-compare">
      <header className="present-header">
        <div className="present-header__where">
          <p className="present-position">{view.title}</p>
          <h1 className="present-title">{t('present.compare.heading')}</h1>
        </div>
      </header>
      {anyAgreed ? (
        <div className="present-compare__body">
          <RadarChart
            className="present-radar"
            axes={axes}
            series={series}
            title={t('present.compare.chartTitle')}
            description={t('present.compare.chartDescription')}
          />
          {ranking.length > 0 && (
            <section className="present-gaps" aria-labelledby="present-gaps-heading">
              <h2 id="present-gaps-heading" className="present-subheading">
                {t('present.compare.gaps')}
              </h2>
              <ol className="present-gaps__list">
                {ranking.slice(0, TOP_GAPS).map((row) => (
                  <li key={row.lensId} className="present-gap">
                    <span className="present-gap__title">{row.title}</span>
                    <span className="present-gap__scores">
                      {t('present.compare.gapLine', {
                        current: row.current ?? '–',
                        target: row.target ?? '–',
                      })}
                      {' · '}
                      <strong>{signedGap(row.gap)}</strong>
                    </span>
                    {row.keyShift !== '' && (
                      <span className="present-gap__shift">{row.keyShift}</span>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      ) : (
        <p className="present-message">{t('present.compare.empty')}</p>
      )}
    </div>
  )
}
