/**
 * Opening a session file: check it completely before anything is written, then import it in one
 * transaction, as a new workshop, in place of the one already here, or beside it.
 */
import { titleForCopy, type WorkshopSnapshot } from '@shared/domain'
import { t } from '../../i18n'
import type { AppServices } from '../../store/appServices'

export type ImportMode = 'new' | 'replace' | 'keepBoth'

export type ImportCheck =
  | { kind: 'invalid'; detail: string }
  | { kind: 'ready'; snapshot: WorkshopSnapshot; exists: boolean }

export async function checkSessionText(services: AppServices, text: string): Promise<ImportCheck> {
  // The validators load with the first file opened, not with the first screen.
  const { parseSessionFile } = await import('@shared/schema/sessionFile')
  const parsed = parseSessionFile(text)
  if (!parsed.ok) return { kind: 'invalid', detail: parsed.error.detail }
  const existing = await services.db.workshops.get(parsed.snapshot.workshop.id)
  return { kind: 'ready', snapshot: parsed.snapshot, exists: existing !== undefined }
}

/** Imports, opens the workshop as written (in place of the open one if replaced), returns its id. */
export async function importSnapshot(
  services: AppServices,
  snapshot: WorkshopSnapshot,
  mode: ImportMode,
): Promise<string> {
  const titles = (await services.db.workshops.toArray()).map((w) => w.title)
  const title = titleForCopy(snapshot.workshop.title, titles, (count) =>
    t('files.open.keepBothSuffix', { count }),
  )
  const written = await services.saveStatus.track(() =>
    services.repositories.snapshots.importSnapshot(snapshot, mode, title),
  )
  // Shown from what was written, not read back (a replaced workshop may be the one open now);
  // the home list catches up on its own.
  services.workshop.actions.adopt(written)
  void services.workshops.actions.load()
  return written.workshop.id
}
