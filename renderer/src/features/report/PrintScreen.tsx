/**
 * The print layout of a workshop's summary (`#/print/<id>?paper=A4|Letter&autoprint=1`), drawn
 * without the app's frame. Main prints it to PDF in a hidden window once `data-print-ready` is
 * set on <body>; a browser prints it with window.print(). The report can be taken at any point
 * of the workshop, so it is rebuilt from the open workshop whenever that changes.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { buildReport, type ReportModel } from '@shared/report'
import { useSession, useSessionActions } from '../../store/context'
import { Button } from '../../ui/Button'
import { ReportAgenda } from './ReportAgenda'
import { ReportBets } from './ReportBets'
import { ReportCover } from './ReportCover'
import { ReportDisagreement } from './ReportDisagreement'
import { ReportLensSection, ReportNotStarted } from './ReportLensSection'
import { ReportMap } from './ReportMap'
import { ReportOverTime } from './ReportOverTime'
import { ReportOverview } from './ReportOverview'
import { ReportReview } from './ReportReview'
import { ReportTeamMapSection } from './ReportTeamMapSection'
import { pageStyle } from './pageStyle'
import { printRequest, type Paper } from './printRequest'
import { usePrintDocument } from './usePrintDocument'
import { usePrintLanguage } from './usePrintLanguage'

function ReportDocument({ model, paper }: { model: ReportModel; paper: Paper }) {
  const started = model.lenses.filter((lens) => lens.progress !== 'notStarted')
  const waiting = model.lenses.filter((lens) => lens.progress === 'notStarted')
  return (
    <article className={`report report--${paper.toLowerCase()}`}>
      <style>{pageStyle(paper, model.cover.title)}</style>
      <ReportCover model={model} />
      <ReportAgenda agenda={model.agenda} />
      {model.lenses.length > 0 && <ReportOverview model={model} />}
      {model.extras.radar && (
        <ReportMap radar={model.extras.radar} ranking={model.extras.gapRanking} />
      )}
      {model.extras.disagreement && (
        <ReportDisagreement
          lenses={model.extras.disagreement}
          overview={model.overview}
          anonymous={model.cover.anonymous}
        />
      )}
      {model.extras.overTime && <ReportOverTime overTime={model.extras.overTime} />}
      {started.map((lens) => (
        <ReportLensSection
          key={lens.lensId}
          lens={lens}
          count={model.lenses.length}
          anonymous={model.cover.anonymous}
        />
      ))}
      <ReportNotStarted lenses={waiting} />
      {model.extras.teamMap && <ReportTeamMapSection teamMap={model.extras.teamMap} />}
      {model.extras.review && <ReportReview review={model.extras.review} />}
      {model.extras.bets && <ReportBets bets={model.extras.bets} />}
    </article>
  )
}

export function PrintScreen({ routeId }: { routeId: string }) {
  const { t } = useTranslation()
  const request = useMemo(
    () => printRequest(routeId, window.location.hash, window.location.search),
    [routeId],
  )
  const actions = useSessionActions()
  const status = useSession((s) => s.status)
  const data = useSession((s) => s.data)
  const [generatedAt] = useState(() => new Date().toISOString())

  useEffect(() => {
    void actions.open(request.workshopId)
  }, [actions, request.workshopId])

  const model = useMemo(
    () => (data && data.workshop.id === request.workshopId ? buildReport(data, generatedAt) : null),
    [data, request.workshopId, generatedAt],
  )
  const failed = status === 'missing' || status === 'failed'
  const speaking = usePrintLanguage(request.language)
  usePrintDocument(
    failed ? 'failed' : model && speaking ? 'ready' : 'loading',
    model?.cover.title ?? null,
    request.autoprint,
  )

  if (failed) {
    return (
      <main className="report-message">
        <h1>{status === 'missing' ? t('workshop.notFound') : t('app.loadFailed')}</h1>
        <Link href="/">{t('app.backHome')}</Link>
      </main>
    )
  }
  if (!model || !speaking) return <p className="report-message">{t('report.loading')}</p>

  return (
    <>
      <nav className="report-toolbar" aria-label={t('report.toolbar.label')}>
        <Link href={`/workshops/${encodeURIComponent(request.workshopId)}`}>
          {t('report.toolbar.back')}
        </Link>
        <Button variant="primary" onClick={() => window.print()}>
          {t('report.toolbar.print')}
        </Button>
      </nav>
      <main>
        <ReportDocument model={model} paper={request.paper} />
      </main>
    </>
  )
}
