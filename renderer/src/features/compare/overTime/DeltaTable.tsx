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

interface Props {
  deltas: readonly LensDelta[]
  earlierTitle: string
}

export function DeltaTable({ deltas, earlierTitle }: Props) {
  const { t } = useTranslation()
  const score = (value: number | null) => (value === null ? t('compare.notAgreed') : value)
  // A lens of only one workshop is said to be missing on the other side, not "not agreed".
  const then = (row: LensDelta, value: number | null) =>
    row.presence === 'laterOnly'
      ? t('compare.overTime.notInThen', { title: earlierTitle })
      : score(value)
  const now = (row: LensDelta, value: number | null) =>
    row.presence === 'earlierOnly' ? t('compare.overTime.notInNow') : score(value)
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
            <td className="number">{then(row, row.before.current)}</td>
            <td className="number">{now(row, row.after.current)}</td>
            <td>
              <Change delta={row.currentDelta} />
            </td>
            <td className="number">{then(row, row.before.target)}</td>
            <td className="number">{now(row, row.after.target)}</td>
            <td>
              <Change delta={row.targetDelta} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
