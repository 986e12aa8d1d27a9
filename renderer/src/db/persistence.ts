/**
 * Asks the browser to keep our storage under pressure instead of evicting it; the answer is
 * reported so the app can warn when the browser refuses.
 */
export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported'

export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported'
  try {
    if (await storage.persisted()) return 'persisted'
    return (await storage.persist()) ? 'persisted' : 'best-effort'
  } catch {
    return 'best-effort'
  }
}
