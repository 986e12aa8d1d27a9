/**
 * The agenda as run: each lens in the order the room took it, its timebox and planned start,
 * and how far the room got, since a summary can be exported halfway through.
 */
import { useTranslation } from 'react-i18next'
import type { ReportAgenda as Agenda } from '@shared/report'

export function ReportAgenda({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation()
  const timed = agenda.items.some((item) => item.plannedStart !== null)

  return (
    <section className="report-agenda report-page" aria-labelledby="report-agenda">
      <h2 id="report-agenda" className="report-h2">
        {t('report.agenda.heading')}
      </h2>
      {agenda.startTime && agenda.endTime && (
        <p className="report-muted">
          {t('report.agenda.planned', { start: agenda.startTime, end: agenda.endTime })}
        </p>
      )}
      {agenda.items.length === 0 ? (
        <p className="report-muted">{t('report.agenda.empty')}</p>
      ) : (
        <table className="report-table report-agenda__table">
          <thead>
            <tr>
              <th scope="col" className="report-num">
                {t('report.agenda.number')}
              </th>
              <th scope="col">{t('report.agenda.lens')}</th>
              {timed && (
                <th scope="col" className="report-num">
                  {t('report.agenda.start')}
                </th>
              )}
              <th scope="col" className="report-num">
                {t('report.agenda.minutes')}
              </th>
              <th scope="col">{t('report.agenda.status')}</th>
            </tr>
          </thead>
          <tbody>
            {agenda.items.map((item, index) => (
              <tr key={item.lensId}>
                <td className="report-num">{index + 1}</td>
                <th scope="row">{item.title}</th>
                {timed && <td className="report-num">{item.plannedStart}</td>}
                <td className="report-num">
                  {t('report.agenda.minutesValue', { count: item.minutes })}
                </td>
                <td className={`report-progress report-progress--${item.progress}`}>
                  {t(`report.agenda.progress.${item.progress}`)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <th scope="row">{t('report.agenda.total')}</th>
              {timed && <td />}
              <td className="report-num">
                {t('report.agenda.minutesValue', { count: agenda.totalMinutes })}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}
