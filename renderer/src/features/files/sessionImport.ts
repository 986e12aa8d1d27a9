/**
 * Opening a session file: check it completely before anything is written, then import it in one
 * transaction, as a new workshop, in place of the one already here, or beside it.
 */
import { titleForCopy, type WorkshopSnapshot } from '@shared/domain'
import { t } from '../../i18n'
import { fileRefusalWords } from '../../i18n/sharedWords'
import type { AppServices } from '../../store/appServices'
import { sessionFileModule } from './sessionFileModule'

export type ImportMode = 'new' | 'replace' | 'keepBoth'

export type ImportCheck =
  | { kind: 'invalid'; detail: string }
  | { kind: 'ready'; snapshot: WorkshopSnapshot; exists: boolean }

/**
 * Reads the workshop list in a transaction of its own that is over before the result is used. A
 * bare read's transaction ends only once the page is free again, and the file's workshop is drawn
 * straight after it: the import's write, which waits for every read of the list to end, would
 * wait for that drawing too.
 */
function readWorkshops<T>(services: AppServices, read: () => Promise<T>): Promise<T> {
  return services.db.transaction('r', services.db.workshops, read)
}

export async function checkSessionText(services: AppServices, text: string): Promise<ImportCheck> {
  const { parseSessionFile } = await sessionFileModule()
  const parsed = parseSessionFile(text, fileRefusalWords())
  if (!parsed.ok) return { kind: 'invalid', detail: parsed.error.detail }
  const { id } = parsed.snapshot.workshop
  const existing = await readWorkshops(services, () => services.db.workshops.get(id))
  return { kind: 'ready', snapshot: parsed.snapshot, exists: existing !== undefined }
}

/** The title a copy gets ('keepBoth'), unlike every workshop here; translated as a duplicate's. */
async function copyTitle(services: AppServices, snapshot: WorkshopSnapshot): Promise<string> {
  const titles = (await readWorkshops(services, () => services.db.workshops.toArray())).map(
    (w) => w.title,
  )
  return titleForCopy(snapshot.workshop.title, titles, (count) =>
    t('files.open.keepBothSuffix', { count }),
  )
}

/**
 * Opens a file's workshop at once and stores it behind the screen (see the session's `arrive`):
 * a long cascade's file is shown before its thousands of records are on disk. `landed` resolves
 * once they are, and rejects with the reason if they never will be (the workshop is then closed).
 */
export async function openImported(
  services: AppServices,
  snapshot: WorkshopSnapshot,
  mode: ImportMode,
): Promise<{ id: string; landed: Promise<void> }> {
  const { snapshots } = services.repositories
  const prepared = snapshots.prepareImport(snapshot, mode, await copyTitle(services, snapshot))
  const landed = services.workshop.actions.arrive(prepared, () =>
    snapshots.writeImport(prepared, mode),
  )
  // The home list catches up once the workshop is there to list.
  void landed.then(
    () => services.workshops.actions.load(),
    () => undefined,
  )
  return { id: prepared.workshop.id, landed }
}

/** Imports and waits until it is stored; opens the workshop as written, returns its id. */
export async function importSnapshot(
  services: AppServices,
  snapshot: WorkshopSnapshot,
  mode: ImportMode,
): Promise<string> {
  const { id, landed } = await openImported(services, snapshot, mode)
  await landed
  return id
}
