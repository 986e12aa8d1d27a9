/**
 * The people behind a revealed chart: who chose which level (named workshops only) and the
 * notes they wrote. An anonymous workshop's notes come without names, in the model's order.
 */
import { useTranslation } from 'react-i18next'
import { MATURITY_LEVELS, type MaturityLevelDescription, type RatingValue } from '@shared/domain'
import type { ReportRating } from '@shared/report'
import { levelLabel } from './reportFormat'

/**
 * Each name stays whole on its line where it fits, with its separator; not a comma, since
 * names such as "Okafor, Amara" contain one.
 */
function Names({ names }: { names: readonly string[] }) {
  return names.map((name, index) => (
    <span key={index}>
      {index > 0 && ' '}
      <span className="report-name">
        {name}
        {index < names.length - 1 && ' ·'}
      </span>
    </span>
  ))
}

interface Props {
  ratings: readonly ReportRating[]
  scale: readonly MaturityLevelDescription[]
  anonymous: boolean
}

export function ReportRatings({ ratings, scale, anonymous }: Props) {
  const { t } = useTranslation()
  const valueName = (value: RatingValue) =>
    value === 'unsure'
      ? t('report.ratings.unsure')
      : t('rating.levelName', { level: value, label: levelLabel(scale, value) })
  const rows = [...MATURITY_LEVELS, 'unsure' as const]
    .map((value) => ({
      value,
      names: ratings.flatMap((r) => (r.value === value && r.name ? [r.name] : [])),
    }))
    .filter((row) => row.names.length > 0)
  const notes = ratings.filter((r) => r.note !== '')

  return (
    <>
      {!anonymous && rows.length > 0 && (
        <div className="report-block">
          <h4 className="report-h4">{t('report.ratings.who')}</h4>
          <table className="report-table report-who">
            <tbody>
              {rows.map((row) => (
                <tr key={row.value}>
                  <th scope="row">{valueName(row.value)}</th>
                  <td>
                    <Names names={row.names} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {notes.length > 0 && (
        <div className="report-block">
          <h4 className="report-h4">
            {anonymous ? t('report.ratings.notesAnonymous') : t('report.ratings.notes')}
          </h4>
          <ul className={`report-notes${anonymous ? ' report-notes--anonymous' : ''}`}>
            {notes.map((rating, index) => (
              <li key={index} className="report-note">
                <span className="report-note__who">
                  {rating.name && <span className="report-note__name">{rating.name}</span>}
                  <span className="report-note__value">
                    {rating.value === 'unsure' ? t('report.ratings.unsure') : rating.value}
                  </span>
                </span>
                <span className="report-note__text">{rating.note}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
