/**
 * Backups from the renderer's side: a snapshot of a workshop written through the platform, and
 * a backup brought back (after backing up what it replaces, so a restore can itself be undone).
 */
import type { BackupEntry } from '@shared/ipc'
import { fileRefusalWords } from '../../i18n/sharedWords'
import type { PlatformBackups } from '../../platform/types'
import type { AppServices } from '../../store/appServices'
import { sessionFileModule } from './sessionFileModule'
import { importSnapshot } from './sessionImport'
import { snapshotForFile } from './workshopFiles'

export async function backUpWorkshop(
  services: AppServices,
  backups: PlatformBackups,
  workshopId: string,
): Promise<BackupEntry | null> {
  // Edits the disk refused are backed up from the screen: the database may refuse reads too.
  const unsaved = services.workshop.actions.unsavedWorkshops().includes(workshopId)
  if (!unsaved && !(await services.db.workshops.get(workshopId))) return null
  const snapshot = await snapshotForFile(services, workshopId)
  const { serializeSession } = await sessionFileModule()
  return backups.write(workshopId, snapshot.workshop.title, serializeSession(snapshot, new Date()))
}

/** Restores one backup; returns the restored workshop's id. */
export async function restoreBackup(
  services: AppServices,
  backups: PlatformBackups,
  entry: BackupEntry,
): Promise<string> {
  const { parseSessionFile } = await sessionFileModule()
  const parsed = parseSessionFile(await backups.read(entry.id), fileRefusalWords())
  if (!parsed.ok) throw new Error(parsed.error.detail)
  const exists = (await services.db.workshops.get(entry.workshopId)) !== undefined
  if (exists) await backUpWorkshop(services, backups, entry.workshopId)
  return importSnapshot(services, parsed.snapshot, exists ? 'replace' : 'new')
}

/** The newest backup of each workshop, newest workshops first. */
export function latestPerWorkshop(entries: readonly BackupEntry[]): BackupEntry[] {
  const latest = new Map<string, BackupEntry>()
  for (const entry of entries) {
    const seen = latest.get(entry.workshopId)
    if (!seen || entry.savedAt > seen.savedAt) latest.set(entry.workshopId, entry)
  }
  return [...latest.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}
