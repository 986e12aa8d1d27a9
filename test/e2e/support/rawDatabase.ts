/**
 * The page's IndexedDB as a newer Vantage would leave it, made and read inside the page with the
 * browser's own API, so that nothing of the app (Dexie included) takes part in setting it up or
 * in checking what became of it.
 */
import type { Page } from '@playwright/test'

export interface PageDatabaseState {
  version: number
  stores: string[]
  /** Every record of every store, by store name. */
  records: Record<string, unknown[]>
}

/**
 * Opens `name` at native `version` (creating it, or raising it from the version it is at) and
 * adds a store of the newer version's own, holding one record. With `fresh`, the database is
 * deleted first, so none of the app's tables are left in it.
 */
export async function writeAsNewerVantage(
  page: Page,
  { name, version, fresh }: { name: string; version: number; fresh: boolean },
): Promise<void> {
  await page.evaluate(
    async ({ name, version, fresh }) => {
      const done = (req: IDBRequest) =>
        new Promise<void>((resolve, reject) => {
          req.onsuccess = () => resolve()
          req.onerror = () => reject(req.error)
        })
      // The app's open connection lets go when asked: it listens for exactly this.
      if (fresh) await done(indexedDB.deleteDatabase(name))
      const req = indexedDB.open(name, version)
      req.onupgradeneeded = () => {
        req.result
          .createObjectStore('futurePlans', { keyPath: 'id' })
          .add({ id: 'p1', title: 'Later' })
      }
      await done(req)
      req.result.close()
    },
    { name, version, fresh },
  )
}

/** Version, stores and records of `name`, or null when there is no such database. */
export function readPageDatabase(page: Page, name: string): Promise<PageDatabaseState | null> {
  return page.evaluate(async (name) => {
    const result = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    // With no version given, an existing database opens as it is: no upgrade, no write. One
    // that is not there would be created, so that upgrade is aborted, which undoes the creation.
    const req = indexedDB.open(name)
    let absent = false
    req.onupgradeneeded = () => {
      absent = true
      req.transaction!.abort()
    }
    const db = await result(req).catch((error: unknown) => {
      if (absent) return null
      throw error
    })
    if (db === null) return null
    try {
      const stores = [...db.objectStoreNames].sort()
      const records: Record<string, unknown[]> = {}
      if (stores.length > 0) {
        const tx = db.transaction(stores, 'readonly')
        for (const store of stores) records[store] = await result(tx.objectStore(store).getAll())
      }
      return { version: db.version, stores, records }
    } finally {
      db.close()
    }
  }, name)
}
