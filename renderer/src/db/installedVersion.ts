/**
 * Start-up's look at the installed database, before anything opens it: which version the
 * browser holds, read from its list of databases. Opening, even only to look, would create the
 * database when there is none, and Dexie would go on to read (and may patch) a newer one.
 */
import { Dexie } from 'dexie'
import type { VantageDatabase } from './database'

/** The part of the IndexedDB factory this look needs; a browser may lack `databases()`. */
export type DatabaseList = Partial<Pick<IDBFactory, 'databases'>>

export type InstalledDatabase =
  /** No database yet, or one this version's schema can open. */
  | { kind: 'openable' }
  /** Written by a newer Vantage: versions as the browser counts them (Dexie's version × 10). */
  | { kind: 'newer'; installedVersion: number; supportedVersion: number }
  /** The browser cannot list its databases; the guard inside the database decides instead. */
  | { kind: 'unknown' }

/**
 * The browser's own version number of `db`'s schema. Dexie opens at the declared version × 10,
 * the same rounding as here; anything above belongs to a later schema (or to Dexie patching one
 * this version does not know), which this version must not read.
 */
export function supportedNativeVersion(db: VantageDatabase): number {
  return Math.round(db.verno * 10)
}

export async function readInstalledDatabase(
  db: VantageDatabase,
  factory: DatabaseList | undefined = Dexie.dependencies.indexedDB,
): Promise<InstalledDatabase> {
  if (typeof factory?.databases !== 'function') return { kind: 'unknown' }
  let installed: IDBDatabaseInfo[]
  try {
    installed = await factory.databases()
  } catch {
    return { kind: 'unknown' }
  }
  const version = installed.find((info) => info.name === db.name)?.version
  const supportedVersion = supportedNativeVersion(db)
  if (version === undefined || version <= supportedVersion) return { kind: 'openable' }
  return { kind: 'newer', installedVersion: version, supportedVersion }
}
