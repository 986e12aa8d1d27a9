/** What moved per lens between the earlier workshop and this one, as numbers with their change. */
import { useTranslation } from 'react-i18next'
import type { LensDelta } from '@shared/domain'

function Change({ delta }: { delta: number | null }) {
  const { t } = useTranslation()
  if (delta === null)
    return <span className="delta delta--unknown">{t('compare.overTime.noChange')}</span>
  if (delta === 0) return <span className="delta delta--same">{t('compare.overTime.same')}</span>
  return (
    <span className={`delta ${delta > 0 ? 'delta--up' : 'delta--down'}`}>
      {delta > 0
        ? t('compare.overTime.up', { count: delta })
        : t('compare.overTime.down', { count: -delta })}
    </span>
  )
}

export function DeltaTable({ deltas }: { deltas: readonly LensDelta[] }) {
  const { t } = useTranslation()
  const score = (value: number | null) => (value === null ? t('compare.notAgreed') : value)
  return (
    <table className="compare-table delta-table">
      <caption>{t('compare.overTime.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.overTime.lens')}</th>
          <th scope="col" className="number">
            {t('compare.overTime.todayThen')}
          </th>
          <th scope="col" className="number">
            {t('compare.overTime.todayNow')}
          </th>
          <th scope="col">{t('compare.overTime.todayChange')}</th>
          <th scope="col" className="number">
            {t('compare.overTime.targetThen')}
          </th>
          <th scope="col" className="number">
            {t('compare.overTime.targetNow')}
          </th>
          <th scope="col">{t('compare.overTime.targetChange')}</th>
        </tr>
      </thead>
      <tbody>
        {deltas.map((row) => (
          <tr key={row.lensId}>
            <th scope="row">{row.title}</th>
            <td className="number">{score(row.before.current)}</td>
            <td className="number">{score(row.after.current)}</td>
            <td>
              <Change delta={row.currentDelta} />
            </td>
            <td className="number">{score(row.before.target)}</td>
            <td className="number">{score(row.after.target)}</td>
            <td>
              <Change delta={row.targetDelta} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
