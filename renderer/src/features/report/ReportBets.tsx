/**
 * The bets on paper: what the room commits to above the commit line, in priority order, what
 * waits below it, the parking lot and the bets already closed, with the dots once revealed.
 */
import { useTranslation } from 'react-i18next'
import type { ReportBet, ReportBets as Bets } from '@shared/report'
import { formatCalendarDate } from '../../i18n/format'
import { formatGap } from './reportFormat'

function BetRows({ bets, start }: { bets: readonly ReportBet[]; start: number }) {
  const { t } = useTranslation()
  return (
    <>
      {bets.map((bet, index) => (
        <tr key={bet.id}>
          <td className="report-num">{start + index}</td>
          <th scope="row" className="report-bet">
            <span className="report-bet__title">{bet.title}</span>
            {bet.hypothesis && <span className="report-bet__hypothesis">{bet.hypothesis}</span>}
            {(bet.risk || bet.upside) && (
              <span className="report-bet__more">
                {[
                  bet.upside && t('report.bets.upside', { text: bet.upside }),
                  bet.risk && t('report.bets.risk', { text: bet.risk }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            )}
          </th>
          <td>{bet.owner || '–'}</td>
          <td>
            {[bet.horizon, bet.size].filter(Boolean).join(' · ') || '–'}
            {bet.reviewDate && (
              <span className="report-bet__review">
                {t('report.bets.reviewOn', { date: formatCalendarDate(bet.reviewDate) })}
              </span>
            )}
          </td>
          <td>
            {bet.lens ?? '–'}
            {bet.gap !== null && <span className="report-muted"> ({formatGap(bet.gap)})</span>}
            {bet.teams.length > 0 && (
              <span className="report-bet__teams">
                {t('report.bets.teams', { names: bet.teams.join(', ') })}
              </span>
            )}
          </td>
          <td className="report-num">
            {bet.dots ?? '–'}
            {bet.tied && <span className="report-bet__tied">{t('report.bets.tied')}</span>}
          </td>
        </tr>
      ))}
    </>
  )
}

function Head() {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        <th scope="col" className="report-num">
          {t('report.bets.rank')}
        </th>
        <th scope="col">{t('report.bets.bet')}</th>
        <th scope="col">{t('report.bets.owner')}</th>
        <th scope="col">{t('report.bets.when')}</th>
        <th scope="col">{t('report.bets.lens')}</th>
        <th scope="col" className="report-num">
          {t('report.bets.dots')}
        </th>
      </tr>
    </thead>
  )
}

function SimpleList({ heading, bets }: { heading: string; bets: readonly ReportBet[] }) {
  const { t } = useTranslation()
  if (bets.length === 0) return null
  return (
    <div className="report-bets__list">
      <h3 className="report-h3">{heading}</h3>
      <ul>
        {bets.map((bet) => (
          <li key={bet.id}>
            <strong>{bet.title}</strong>
            {bet.owner && <> · {bet.owner}</>}
            {(bet.status === 'done' || bet.status === 'dropped') && (
              <> · {t(`commit.status.${bet.status}`)}</>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ReportBets({ bets }: { bets: Bets }) {
  const { t } = useTranslation()
  const { committed, waiting, voting } = bets
  return (
    <section className="report-bets report-page" aria-labelledby="report-bets">
      <h2 id="report-bets" className="report-h2">
        {t('report.bets.heading')}
      </h2>
      <p className="report-lead">
        {voting.revealed
          ? t('report.bets.introVoted', { count: voting.voters, dots: voting.dotsPerPerson })
          : t('report.bets.introHidden')}
      </p>
      <table className="report-table report-bets__table">
        <Head />
        <tbody>
          {committed.length === 0 ? (
            <tr>
              <td colSpan={6} className="report-muted">
                {t('report.bets.noneCommitted')}
              </td>
            </tr>
          ) : (
            <BetRows bets={committed} start={1} />
          )}
          <tr className="report-bets__line">
            <td colSpan={6}>{t('report.bets.line')}</td>
          </tr>
          {waiting.length === 0 ? (
            <tr>
              <td colSpan={6} className="report-muted">
                {t('report.bets.noneWaiting')}
              </td>
            </tr>
          ) : (
            <BetRows bets={waiting} start={committed.length + 1} />
          )}
        </tbody>
      </table>
      <SimpleList heading={t('report.bets.parked')} bets={bets.parked} />
      <SimpleList heading={t('report.bets.closed')} bets={bets.closed} />
    </section>
  )
}
