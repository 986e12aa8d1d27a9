/**
 * Older session files brought up to the current version before validation, one version at a
 * time: `migrations[n]` turns a version n document into version n+1. Each step is pure (it never
 * changes its input) and total: what it does not recognise it passes on for validation to refuse.
 */

export const OLDEST_SESSION_VERSION = 0

export type Migration = (doc: unknown) => unknown

type Doc = Record<string, unknown>

function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Version 0, the pre-release files of early testers: consensus had no `revealed` (nothing was
 * hidden then, so an agreed score had been seen), there were no gap notes, and the workshop had
 * no clock times, position or timer yet. Present fields are kept as they are.
 */
function v0ToV1(doc: unknown): unknown {
  if (!isObject(doc)) return doc
  // Spreads copy keys as own data properties, so a "__proto__" key stays an inert key.
  const workshop = isObject(doc.workshop)
    ? { startTime: '', endTime: '', position: null, timer: null, ...doc.workshop }
    : doc.workshop
  const consensus = Array.isArray(doc.consensus)
    ? doc.consensus.map((c: unknown) =>
        isObject(c) && !Object.hasOwn(c, 'revealed')
          ? { ...c, revealed: c.value !== null && c.value !== undefined }
          : c,
      )
    : doc.consensus
  return {
    ...doc,
    version: 1,
    workshop,
    consensus,
    gapNotes: Object.hasOwn(doc, 'gapNotes') ? doc.gapNotes : [],
  }
}

/** Version 1 had no comparison over time: no workshop of that time was compared with another. */
function v1ToV2(doc: unknown): unknown {
  if (!isObject(doc)) return doc
  // A missing workshop stays missing, so validation says so in its own words.
  if (!isObject(doc.workshop)) return { ...doc, version: 2 }
  return { ...doc, version: 2, workshop: { earlier: null, ...doc.workshop } }
}

/**
 * Version 2 had no dot voting and did not keep an earlier workshop's bets: voting starts with the
 * default three dots, unrevealed, and an earlier workshop brings no bets to review.
 */
function v2ToV3(doc: unknown): unknown {
  if (!isObject(doc)) return doc
  const votes = Object.hasOwn(doc, 'votes') ? doc.votes : []
  if (!isObject(doc.workshop)) return { ...doc, version: 3, votes }
  const { earlier } = doc.workshop
  const workshop = {
    voting: { dotsPerPerson: 3, revealed: false },
    ...doc.workshop,
    earlier: isObject(earlier) ? { bets: [], ...earlier } : earlier,
  }
  return { ...doc, version: 3, workshop, votes }
}

/**
 * Version 3 had no team map: both maps start empty, and no bet names the teams it changes.
 * A bet that is not an object is passed on as it is, for validation to refuse.
 */
function v3ToV4(doc: unknown): unknown {
  if (!isObject(doc)) return doc
  const mapElements = Object.hasOwn(doc, 'mapElements') ? doc.mapElements : []
  const bets = Array.isArray(doc.bets)
    ? doc.bets.map((b: unknown) => (isObject(b) ? { teamKeys: [], ...b } : b))
    : doc.bets
  return { ...doc, version: 4, bets, mapElements }
}

export const migrations: Readonly<Record<number, Migration>> = {
  0: v0ToV1,
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
}

export class MissingMigrationError extends Error {
  constructor(readonly fromVersion: number) {
    super(`No migration from session file version ${fromVersion}`)
    this.name = 'MissingMigrationError'
  }
}

/** Applies every step from `from` up to `to`; the registry is a parameter so tests can add steps. */
export function migrateSession(
  doc: unknown,
  from: number,
  to: number,
  registry: Readonly<Record<number, Migration>> = migrations,
): unknown {
  let current = doc
  for (let version = from; version < to; version++) {
    const step = registry[version]
    if (!step) throw new MissingMigrationError(version)
    current = step(current)
  }
  return current
}
