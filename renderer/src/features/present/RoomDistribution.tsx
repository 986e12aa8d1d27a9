/**
 * The revealed ratings as a large bar chart in a table: one row per level and one for "unsure",
 * each with its count written out beside the bar, so the numbers never depend on colour or on
 * reading a bar's length. Names appear only when the workshop is not anonymous (the room model
 * has already left them out otherwise).
 */
import { useTranslation } from 'react-i18next'
import type { RoomLevel } from '@shared/domain'
import { i18n } from '../../i18n'
import { listFormat } from '../../i18n/formatters'

export function RoomDistribution({
  levels,
  anonymous,
}: {
  levels: readonly RoomLevel[]
  anonymous: boolean
}) {
  const { t } = useTranslation()
  const list = listFormat(i18n.language, { style: 'long', type: 'conjunction' })
  const most = Math.max(1, ...levels.map((row) => row.count))

  return (
    <table className="present-bars">
      <caption className="present-visually-hidden">{t('present.reveal.caption')}</caption>
      <thead className="present-visually-hidden">
        <tr>
          <th scope="col">{t('present.reveal.level')}</th>
          <th scope="col">{t('present.reveal.ratings')}</th>
          {!anonymous && <th scope="col">{t('present.reveal.who')}</th>}
        </tr>
      </thead>
      <tbody>
        {levels.map((row) => (
          <tr
            key={row.level}
            className={`present-bars__row${row.level === 'unsure' ? ' present-bars__row--unsure' : ''}`}
            data-level={row.level}
          >
            <th scope="row" className="present-bars__level">
              {row.level === 'unsure' ? (
                <span className="present-bars__label">{t('present.reveal.unsure')}</span>
              ) : (
                <>
                  <span className="present-bars__number">{row.level}</span>{' '}
                  <span className="present-bars__label">{row.label}</span>
                </>
              )}
            </th>
            <td className="present-bars__count">
              <span
                className="present-bars__bar"
                style={{ inlineSize: `${(row.count / most) * 100}%` }}
                aria-hidden="true"
              />
              <span className="present-bars__value">{row.count}</span>
            </td>
            {!anonymous && (
              <td className="present-bars__names">
                {row.names.length ? list.format(row.names) : ''}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
