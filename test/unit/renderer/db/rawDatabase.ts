/**
 * A database as a newer Vantage would leave it, made and read back with the browser's own
 * IndexedDB API, so that nothing of ours (Dexie included) takes part in setting up or checking.
 */

export interface RawDatabaseState {
  version: number
  stores: string[]
  /** Every record of every store, by store name. */
  records: Record<string, unknown[]>
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** Opens (creating or upgrading) `name` at `version`, running `upgrade` in the upgrade. */
function openAt(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version)
    req.onupgradeneeded = () => upgrade(req.result)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
    req.onblocked = () => reject(new Error(`opening ${name} at ${version} was blocked`))
  })
}

/**
 * What a newer Vantage leaves: `name` at native `version`, with a store of its own holding one
 * record. A new database then has none of our tables (which tempts Dexie to add them); an
 * existing one keeps its tables and records beside the new store.
 */
export async function writeAsNewerVantage(name: string, version: number): Promise<void> {
  const db = await openAt(name, version, (opened) => {
    opened.createObjectStore('futurePlans', { keyPath: 'id' }).add({ id: 'p1', title: 'Later' })
  })
  db.close()
}

/** The version, stores and records of an existing `name`, read without changing it. */
export async function readRawDatabase(name: string): Promise<RawDatabaseState> {
  // With no version given, an existing database opens as it is: no upgrade, no write.
  const db = await request(indexedDB.open(name))
  try {
    const stores = [...db.objectStoreNames].sort()
    const records: Record<string, unknown[]> = {}
    if (stores.length > 0) {
      const tx = db.transaction(stores, 'readonly')
      for (const store of stores) records[store] = await request(tx.objectStore(store).getAll())
    }
    return { version: db.version, stores, records }
  } finally {
    db.close()
  }
}

/** The browser's list of databases, by name and version. */
export async function listDatabases(): Promise<Record<string, number>> {
  const infos = await indexedDB.databases()
  return Object.fromEntries(infos.map((info) => [info.name, info.version]))
}

export function deleteRawDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
  })
}
