/**
 * One lens, starting on a page of its own: the question the room answered, the agreed scores
 * and the gap at a glance, the key shift, the scale the scores refer to, then today and the
 * target in detail. Lenses not started yet share one short section instead of empty pages.
 */
import { useTranslation } from 'react-i18next'
import type { MaturityLevel } from '@shared/domain'
import { stateSections, type ReportLensSection as Lens } from '@shared/report'
import { ReportStateBlock } from './ReportStateBlock'
import { formatGap, levelLabel } from './reportFormat'

interface Props {
  lens: Lens
  count: number
  anonymous: boolean
}

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="report-glance__item">
      <dt>{label}</dt>
      <dd>
        <span className="report-glance__value">{value}</span>
        {note && <span className="report-glance__note">{note}</span>}
      </dd>
    </div>
  )
}

export function ReportLensSection({ lens, count, anonymous }: Props) {
  const { t } = useTranslation()
  const headingId = `report-lens-${lens.number}`
  const current = lens.states.current.consensus
  const target = lens.states.target.consensus
  const scoreNote = (level: MaturityLevel | null) =>
    level === null ? t('report.lens.notAgreed') : levelLabel(lens.scale, level)

  return (
    <section className="report-lens report-page" aria-labelledby={headingId}>
      <header className="report-lens__head">
        <p className="report-eyebrow">
          {t('report.lens.position', { number: lens.number, count })}
        </p>
        <h2 id={headingId} className="report-h2">
          {lens.title}
        </h2>
        {lens.coreQuestion && <p className="report-lead">{lens.coreQuestion}</p>}
      </header>

      <dl className="report-glance">
        <Figure
          label={t('report.lens.states.current')}
          value={current === null ? '–' : String(current)}
          note={scoreNote(current)}
        />
        <Figure
          label={t('report.lens.states.target')}
          value={target === null ? '–' : String(target)}
          note={scoreNote(target)}
        />
        <Figure
          label={t('report.lens.gap')}
          value={lens.gap === null ? '–' : formatGap(lens.gap)}
          note={lens.gap === 0 ? t('report.lens.gapNone') : ''}
        />
      </dl>

      <div className="report-keyshift">
        <h3 className="report-h4">{t('report.lens.keyShift')}</h3>
        {lens.keyShift ? (
          <p className="report-keyshift__text">{lens.keyShift}</p>
        ) : (
          <p className="report-muted">{t('report.lens.noKeyShift')}</p>
        )}
      </div>

      <table className="report-table report-scale">
        <caption>{t('report.lens.scale')}</caption>
        <tbody>
          {lens.scale.map((level) => (
            <tr key={level.level}>
              <th scope="row" className="report-num">
                {level.level}
              </th>
              <td className="report-scale__label">{level.label}</td>
              <td className="report-scale__description">{level.description}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {stateSections(lens).map((state) => (
        <ReportStateBlock key={state.state} lens={lens} state={state} anonymous={anonymous} />
      ))}
    </section>
  )
}

/** Lenses on the agenda that nobody has touched yet, named with their question, after the rest. */
export function ReportNotStarted({ lenses }: { lenses: readonly Lens[] }) {
  const { t } = useTranslation()
  if (lenses.length === 0) return null
  return (
    <section className="report-not-started" aria-labelledby="report-not-started">
      <h2 id="report-not-started" className="report-h2">
        {t('report.notStarted.heading')}
      </h2>
      <p className="report-lead">{t('report.notStarted.intro')}</p>
      <ul className="report-not-started__list">
        {lenses.map((lens) => (
          <li key={lens.lensId}>
            <span className="report-not-started__title">{lens.title}</span>
            {lens.coreQuestion && (
              <span className="report-not-started__question">{lens.coreQuestion}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
