/**
 * Start-up's first step with the database: open it, unless a newer Vantage wrote it. Both
 * checks say the same thing to the app: the look at the browser's list first, which opens
 * nothing, then the guard inside the open for a browser that keeps no list.
 */
import type { VantageDatabase } from './database'
import { readInstalledDatabase, type DatabaseList } from './installedVersion'
import { NewerDatabaseError } from './newerDatabase'

/**
 * `opened`: the app may run. `newer`: nothing was opened or written, and the app must not run.
 * `failed`: some other trouble; the screens report it as they would for any failed read.
 */
export type DatabaseStart = 'opened' | 'newer' | 'failed'

export async function openUnlessNewer(
  db: VantageDatabase,
  factory?: DatabaseList,
): Promise<DatabaseStart> {
  const installed = await readInstalledDatabase(db, factory)
  if (installed.kind === 'newer') return 'newer'
  try {
    await db.open()
    return 'opened'
  } catch (error) {
    return error instanceof NewerDatabaseError ? 'newer' : 'failed'
  }
}
