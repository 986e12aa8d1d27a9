/**
 * The first page: what the workshop was, who ran it and who was in the room, and a few plain
 * sentences on the method for a reader who was not there.
 */
import { useTranslation } from 'react-i18next'
import type { ReportModel } from '@shared/report'
import { formatCalendarDate } from '../../i18n/format'
import { formatTimestamp } from './reportFormat'

export function ReportCover({ model }: { model: ReportModel }) {
  const { t } = useTranslation()
  const { cover } = model
  const lensCount = model.lenses.length
  const unfinished = model.lenses.some((lens) => lens.progress !== 'agreed')

  return (
    <header className="report-cover">
      <p className="report-eyebrow">{t('report.cover.eyebrow')}</p>
      <h1 className="report-cover__title">{cover.title}</h1>
      {cover.organisation && <p className="report-cover__organisation">{cover.organisation}</p>}
      <dl className="report-cover__facts">
        <div>
          <dt>{t('report.cover.date')}</dt>
          <dd>{cover.date ? formatCalendarDate(cover.date) : t('report.cover.notSet')}</dd>
        </div>
        <div>
          <dt>{t('report.cover.facilitator')}</dt>
          <dd>{cover.facilitator || t('report.cover.notSet')}</dd>
        </div>
        <div>
          <dt>{t('report.cover.exported')}</dt>
          <dd>{formatTimestamp(cover.generatedAt)}</dd>
        </div>
      </dl>

      {lensCount > 0 && (
        <section className="report-cover__about" aria-labelledby="report-about">
          <h2 id="report-about" className="report-h3">
            {t('report.cover.aboutHeading')}
          </h2>
          <p>{t('report.cover.about', { count: lensCount })}</p>
          {unfinished && <p>{t('report.cover.midWorkshop')}</p>}
          {cover.anonymous && <p>{t('report.cover.anonymous')}</p>}
        </section>
      )}

      <section className="report-cover__people" aria-labelledby="report-people">
        <h2 id="report-people" className="report-h3">
          {t('report.cover.participants', { count: cover.participants.length })}
        </h2>
        {cover.participants.length === 0 ? (
          <p className="report-muted">{t('report.cover.noParticipants')}</p>
        ) : (
          <ul
            className={`report-people${cover.participants.length > 12 ? ' report-people--many' : ''}`}
          >
            {cover.participants.map((person, index) => (
              <li key={index} className="report-person">
                <span className="report-person__name">{person.name}</span>
                {person.role && <span className="report-person__role">{person.role}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </header>
  )
}
