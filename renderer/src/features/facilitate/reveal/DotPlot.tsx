/**
 * The reveal's dot plot: a row per level with a dot per rating (and the person's name unless the
 * workshop is anonymous), drawn for the room. Screen readers get the same numbers from a table,
 * since a picture of dots says nothing to them.
 */
import { useTranslation } from 'react-i18next'
import { i18n } from '../../../i18n'
import { listFormat } from '../../../i18n/formatters'
import type { PlotRow } from './plotRows'

export function DotPlot({ rows, anonymous }: { rows: PlotRow[]; anonymous: boolean }) {
  const { t } = useTranslation()
  const list = listFormat(i18n.language, { style: 'short', type: 'unit' })
  const rowName = (row: PlotRow) =>
    row.value === 'unsure'
      ? t('rating.unsure')
      : t('rating.levelName', { level: row.value, label: row.label })

  return (
    <>
      <div className="dot-plot" aria-hidden="true">
        {rows.map((row) => (
          <div
            key={row.value}
            className={`dot-plot__row${row.value === 'unsure' ? ' dot-plot__row--unsure' : ''}`}
          >
            <span className="dot-plot__level">
              {row.value !== 'unsure' && <span className="level-badge">{row.value}</span>}
              <span className="dot-plot__label">
                {row.value === 'unsure' ? t('rating.unsure') : row.label}
              </span>
            </span>
            <span className="dot-plot__count">{row.count}</span>
            <span className="dot-plot__dots">
              {anonymous
                ? Array.from({ length: row.count }, (_, i) => <span key={i} className="dot" />)
                : row.names.map((name) => (
                    <span key={name} className="dot-plot__person">
                      <span className="dot" />
                      {name}
                    </span>
                  ))}
            </span>
          </div>
        ))}
      </div>
      <table className="rating-visually-hidden">
        <caption>{t('rating.reveal.plotCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rating.reveal.columnLevel')}</th>
            <th scope="col">{t('rating.reveal.columnCount')}</th>
            {!anonymous && <th scope="col">{t('rating.reveal.columnNames')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value}>
              <th scope="row">{rowName(row)}</th>
              <td>{row.count}</td>
              {!anonymous && (
                <td>{row.names.length ? list.format(row.names) : t('rating.reveal.nobody')}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
