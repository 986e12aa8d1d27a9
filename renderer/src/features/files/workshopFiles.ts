/**
 * Taking a workshop home: the session file, the CSVs of ratings and bets and the PDF summary, built
 * from what is on disk (not what is on screen) and handed to the platform to save. While the disk
 * refuses the workshop's edits, they are built from what is on screen instead: the file is then
 * the one place those edits are kept.
 */
import type { WorkshopSnapshot } from '@shared/domain'
import type { Language } from '@shared/i18n'
import type { SaveOutcome } from '@shared/ipc'
import { t } from '../../i18n'
import { platform } from '../../platform'
import type { PaperSize } from '../../platform/types'
import type { AppServices } from '../../store/appServices'
import { betsCsvLabels, csvLabels } from '../report/csvLabels'
import { fileNameFor } from './fileNames'
import { reportModule, sessionFileModule } from './sessionFileModule'

/** The workshop a file of it must hold: on disk, plus the edits the disk has not taken yet. */
export function snapshotForFile(
  services: AppServices,
  workshopId: string,
): Promise<WorkshopSnapshot> {
  const { actions } = services.workshop
  return actions.unsavedWorkshops().includes(workshopId)
    ? actions.snapshotOf(workshopId)
    : services.repositories.snapshots.readSnapshot(workshopId)
}

export async function saveSessionFile(services: AppServices, workshopId: string) {
  const snapshot = await snapshotForFile(services, workshopId)
  const { serializeSession } = await sessionFileModule()
  const contents = serializeSession(snapshot, new Date())
  return platform.saveSessionFile(fileNameFor(snapshot.workshop.title, 'vantage'), contents)
}

export async function exportRatingsCsv(
  services: AppServices,
  workshopId: string,
): Promise<SaveOutcome> {
  const snapshot = await snapshotForFile(services, workshopId)
  const { ratingsCsv } = await reportModule()
  const contents = ratingsCsv(snapshot, csvLabels())
  return platform.saveCsv(fileNameFor(snapshot.workshop.title, 'csv'), contents)
}

export async function exportBetsCsv(
  services: AppServices,
  workshopId: string,
): Promise<SaveOutcome> {
  const snapshot = await snapshotForFile(services, workshopId)
  const { betsCsv } = await reportModule()
  const contents = betsCsv(snapshot, betsCsvLabels())
  const name = t('files.actions.betsFileName', { title: snapshot.workshop.title })
  return platform.saveCsv(fileNameFor(name, 'csv'), contents)
}

export function exportSummaryPdf(
  workshopId: string,
  title: string,
  paper: PaperSize,
  language: Language,
) {
  return platform.exportPdf(workshopId, paper, language, fileNameFor(title, 'pdf'))
}
