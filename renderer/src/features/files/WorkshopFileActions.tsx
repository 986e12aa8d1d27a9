/**
 * "Take home" for the open workshop, from any step: the session file, the PDF summary on A4 or
 * US Letter, and the ratings and bets as CSV, each with a plain sentence saying what happened.
 * The File menu's commands run the same actions, so their outcome is said in the same place.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguage, type Language } from '@shared/i18n'
import type { SaveOutcome } from '@shared/ipc'
import { currentLanguage } from '../../i18n'
import type { PaperSize } from '../../platform/types'
import { useServices } from '../../store/context'
import { Button } from '../../ui/Button'
import { LanguageOptions } from '../../ui/LanguageOptions'
import { useAppCommand } from '../app/commands/appCommands'
import { failureReason } from '../../i18n/failureReason'
import { saveOutcomeMessage } from './saveOutcomeMessage'
import { exportBetsCsv, exportRatingsCsv, exportSummaryPdf, saveSessionFile } from './workshopFiles'

export function WorkshopFileActions({ workshopId, title }: { workshopId: string; title: string }) {
  const { t } = useTranslation()
  const services = useServices()
  const [paper, setPaper] = useState<PaperSize>('A4')
  // The report's readers may read another language than the facilitator: the app's by default.
  const [pdfLanguage, setPdfLanguage] = useState<Language>(currentLanguage)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(action: () => Promise<SaveOutcome>, kind: 'file' | 'pdf') {
    if (busy) return
    setBusy(true)
    setMessage('')
    try {
      setMessage(saveOutcomeMessage(await action(), kind))
    } catch (error) {
      setMessage(t('files.status.failed', { reason: failureReason(error) }))
    } finally {
      setBusy(false)
    }
  }

  const saveSession = () => void run(() => saveSessionFile(services, workshopId), 'file')
  const exportPdf = () =>
    void run(() => exportSummaryPdf(workshopId, title, paper, pdfLanguage), 'pdf')
  const exportRatings = () => void run(() => exportRatingsCsv(services, workshopId), 'file')
  const exportBets = () => void run(() => exportBetsCsv(services, workshopId), 'file')
  useAppCommand('saveSession', saveSession)
  useAppCommand('exportPdf', exportPdf)
  useAppCommand('exportRatingsCsv', exportRatings)
  useAppCommand('exportBetsCsv', exportBets)

  return (
    <div className="file-actions" role="group" aria-label={t('files.actions.label')}>
      <Button disabled={busy} onClick={saveSession}>
        {t('files.actions.saveSession')}
      </Button>
      <span className="file-actions__pdf">
        <Button disabled={busy} onClick={exportPdf}>
          {t('files.actions.exportPdf')}
        </Button>
        <label className="visually-hidden" htmlFor="pdf-paper">
          {t('files.actions.paper')}
        </label>
        <select
          id="pdf-paper"
          className="file-actions__paper file-actions__paper--inner"
          value={paper}
          onChange={(e) => setPaper(e.target.value as PaperSize)}
        >
          <option value="A4">{t('files.actions.a4')}</option>
          <option value="Letter">{t('files.actions.letter')}</option>
        </select>
        <label className="visually-hidden" htmlFor="pdf-language">
          {t('files.actions.pdfLanguage')}
        </label>
        <select
          id="pdf-language"
          className="file-actions__paper"
          value={pdfLanguage}
          onChange={(e) => {
            if (isLanguage(e.target.value)) setPdfLanguage(e.target.value)
          }}
        >
          <LanguageOptions />
        </select>
      </span>
      <Button disabled={busy} onClick={exportRatings}>
        {t('files.actions.exportCsv')}
      </Button>
      <Button disabled={busy} onClick={exportBets}>
        {t('files.actions.exportBetsCsv')}
      </Button>
      <p className="file-actions__status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
