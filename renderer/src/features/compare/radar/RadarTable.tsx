/**
 * The radar as a table: the same agreed scores (and overlaid person's own) the chart plots, for
 * anyone who cannot read the chart and for the facilitator who wants the exact numbers.
 */
import { useTranslation } from 'react-i18next'
import { gap as gapOf, type RadarPoint } from '@shared/domain'
import type { OverlaidPerson, PersonScore } from './usePersonOverlay'

function Score({ text, missing }: { text: string; missing: boolean }) {
  return <td className={missing ? 'number radar-table__missing' : 'number'}>{text}</td>
}

export function RadarTable({
  points,
  person,
}: {
  points: readonly RadarPoint[]
  person: OverlaidPerson | null
}) {
  const { t } = useTranslation()
  const agreed = (value: number | null) => (
    <Score
      text={value === null ? t('compare.notAgreed') : String(value)}
      missing={value === null}
    />
  )
  const own = (value: PersonScore) => (
    <Score
      text={
        typeof value === 'number'
          ? String(value)
          : value === 'unsure'
            ? t('compare.radar.personUnsure')
            : t('compare.radar.personNoScore')
      }
      missing={typeof value !== 'number'}
    />
  )
  return (
    <table className="compare-table radar-table">
      <caption>
        {person
          ? t('compare.radar.table.captionWithPerson', { person: person.label })
          : t('compare.radar.table.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.radar.table.lens')}</th>
          <th scope="col" className="number">
            {t('compare.radar.table.current')}
          </th>
          <th scope="col" className="number">
            {t('compare.radar.table.target')}
          </th>
          <th scope="col" className="number">
            {t('compare.radar.table.gap')}
          </th>
          {person && (
            <>
              <th scope="col" className="number">
                {t('compare.radar.table.personCurrent', { person: person.label })}
              </th>
              <th scope="col" className="number">
                {t('compare.radar.table.personTarget', { person: person.label })}
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {points.map((point, i) => {
          const gap = gapOf(point.current, point.target)
          const cell = person?.cells[i]
          return (
            <tr key={point.lensId}>
              <th scope="row">{point.title}</th>
              {agreed(point.current)}
              {agreed(point.target)}
              <Score
                text={
                  gap === null
                    ? t('compare.noGap')
                    : gap > 0
                      ? t('compare.radar.gapValue', { gap })
                      : String(gap)
                }
                missing={gap === null}
              />
              {person && (
                <>
                  {own(cell?.current ?? null)}
                  {own(cell?.target ?? null)}
                </>
              )}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
