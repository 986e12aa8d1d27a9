/**
 * The guard inside the database: a database written by a newer Vantage is never opened by this
 * one, so it is never read with old assumptions and never changed. Owns the error that says so
 * and the IndexedDB factory Dexie opens through.
 */

/** The installed database was written by a newer Vantage; this one left it exactly as it was. */
export class NewerDatabaseError extends Error {
  constructor(readonly databaseName: string) {
    super(
      `The database "${databaseName}" was written by a newer version of Vantage; this version does not open it, so it stays as it is.`,
    )
    this.name = 'NewerDatabaseError'
  }
}

/**
 * The browser's IndexedDB factory with one door shut. Dexie opens our database at the version
 * its schema declares; when the browser answers that the installed one is newer, Dexie (since
 * 4.0.1) asks again with no version, to take whatever is installed, and when that schema lacks
 * one of our tables it goes on to add it and raise the version: a write, before any `ready`
 * hook could object. So that second ask, the only one without a version, is refused here, and
 * the open fails with NewerDatabaseError having changed nothing.
 *
 * A proxy rather than an object of our own: everything else (delete, databases(), cmp) reaches
 * the real factory as it is, so Dexie's feature checks see what they saw before.
 */
export function refuseNewerOpen(factory: IDBFactory): IDBFactory {
  const open = (name: string, version?: number): IDBOpenDBRequest => {
    if (version === undefined) throw new NewerDatabaseError(name)
    return factory.open(name, version)
  }
  return new Proxy(factory, {
    get(target, property) {
      if (property === 'open') return open
      const value: unknown = Reflect.get(target, property, target)
      // The factory's own methods must be called on it: the browser refuses any other `this`.
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
