/**
 * The radar view of the compare tab: the room's agreed map of today and the target on one chart,
 * optionally with one person's own ratings over it, and the same numbers as a table beside it.
 */
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { radarSeries } from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'
import { RadarChart, type RadarSeries } from './RadarChart'
import { agreedLines } from './radarLines'
import { RadarTable } from './RadarTable'
import { usePersonOverlay, type PersonScore } from './usePersonOverlay'

const plotted = (score: PersonScore) => (typeof score === 'number' ? score : null)

export function RadarView({ data }: { data: SessionData }) {
  const { t } = useTranslation()
  const headingId = useId()
  const selectId = useId()
  const hintId = useId()
  const points = useMemo(() => radarSeries(data), [data])
  const overlay = usePersonOverlay(data)
  const { person } = overlay
  const axes = useMemo(() => points.map((p) => p.title), [points])
  const series = useMemo((): RadarSeries[] => {
    const room = agreedLines(points, {
      today: t('compare.radar.series.current'),
      target: t('compare.radar.series.target'),
    })
    if (!person) return room
    return [
      ...room,
      {
        id: 'person-current',
        label: t('compare.radar.series.personCurrent', { person: person.label }),
        values: person.cells.map((c) => plotted(c.current)),
        tone: 'personCurrent',
      },
      {
        id: 'person-target',
        label: t('compare.radar.series.personTarget', { person: person.label }),
        values: person.cells.map((c) => plotted(c.target)),
        tone: 'personTarget',
      },
    ]
  }, [points, person, t])
  const anyAgreed = points.some((p) => p.current !== null || p.target !== null)

  return (
    <section className="compare-view radar-view" aria-labelledby={headingId}>
      <header className="compare-view__header">
        <h2 id={headingId}>{t('compare.radar.heading')}</h2>
        <p>{t('compare.radar.intro')}</p>
      </header>
      {points.length === 0 || !anyAgreed ? (
        // Nothing to draw yet: an empty web of rings would only look like a broken chart.
        <p className="compare-empty">
          {points.length === 0 ? t('compare.radar.noLenses') : t('compare.radar.empty')}
        </p>
      ) : (
        <div className="radar-view__body">
          {overlay.options.length > 0 && (
            <div className="field radar-view__overlay">
              <label className="field__label" htmlFor={selectId}>
                {t('compare.radar.overlay.label')}
              </label>
              <select
                id={selectId}
                className="field__input"
                value={overlay.selectedId}
                aria-describedby={hintId}
                onChange={(e) => overlay.select(e.target.value)}
              >
                <option value="">{t('compare.radar.overlay.nobody')}</option>
                {overlay.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
              <p className="field__hint" id={hintId}>
                {t('compare.radar.overlay.hint')}
              </p>
            </div>
          )}
          <RadarChart
            className="radar-view__chart"
            axes={axes}
            series={series}
            title={
              person
                ? t('compare.radar.chart.titleWithPerson', { person: person.label })
                : t('compare.radar.chart.title')
            }
            description={t('compare.radar.chart.description')}
          />
          <RadarTable points={points} person={person} />
        </div>
      )}
    </section>
  )
}
