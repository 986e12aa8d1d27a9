import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { WorkshopSnapshot } from '@shared/domain'
import { parseSessionFile, serializeSession, SESSION_VERSION } from '@shared/schema/sessionFile'
import {
  migrateSession,
  migrations,
  MissingMigrationError,
  OLDEST_SESSION_VERSION,
  type Migration,
} from '@shared/schema/sessionMigrations'
import { at, edit, list, REMOVE, type JsonDoc } from './jsonEdit'
import { sampleSnapshot } from './sampleSnapshot'
import { workshopSnapshotArb } from './snapshotArbitrary'

const EXPORTED = new Date(Date.UTC(2024, 10, 2, 10, 0, 0))

/** A snapshot as a pre-release (version 0) build wrote it. */
function asVersion0(snapshot: WorkshopSnapshot): JsonDoc {
  const doc = JSON.parse(serializeSession(snapshot, EXPORTED)) as JsonDoc
  edit(doc, ['version'], 0)
  edit(doc, ['gapNotes'], REMOVE)
  for (const consensus of list(doc, ['consensus'])) delete consensus.revealed
  for (const key of ['startTime', 'endTime', 'position', 'timer', 'earlier', 'voting'])
    edit(doc, ['workshop', key], REMOVE)
  edit(doc, ['votes'], REMOVE)
  return doc
}

/** A snapshot as version 2 wrote it: no voting, and an earlier workshop without bets. */
function asVersion2(snapshot: WorkshopSnapshot): JsonDoc {
  const doc = JSON.parse(serializeSession(snapshot, EXPORTED)) as JsonDoc
  edit(doc, ['version'], 2)
  edit(doc, ['votes'], REMOVE)
  edit(doc, ['workshop', 'voting'], REMOVE)
  if (snapshot.workshop.earlier) edit(doc, ['workshop', 'earlier', 'bets'], REMOVE)
  return doc
}

/** A snapshot as version 1 wrote it: no earlier workshop to compare with either. */
function asVersion1(snapshot: WorkshopSnapshot): JsonDoc {
  const doc = asVersion2(snapshot)
  edit(doc, ['version'], 1)
  edit(doc, ['workshop', 'earlier'], REMOVE)
  return doc
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe('the migration registry', () => {
  it('has one step for every version from the oldest up to the current one', () => {
    for (let version = OLDEST_SESSION_VERSION; version < SESSION_VERSION; version++)
      expect(migrations[version], `migration ${version} -> ${version + 1}`).toBeTypeOf('function')
    expect(migrations[SESSION_VERSION]).toBeUndefined()
  })

  it('applies the steps in order, one version at a time', () => {
    const seen: number[] = []
    const registry: Record<number, Migration> = {
      1: (doc) => (seen.push(1), { ...(doc as object), version: 2, bets2: [] }),
      2: (doc) => (seen.push(2), { ...(doc as object), version: 3, compare: null }),
    }
    expect(migrateSession({ version: 1 }, 1, 3, registry)).toEqual({
      version: 3,
      bets2: [],
      compare: null,
    })
    expect(seen).toEqual([1, 2])
    expect(migrateSession({ version: 3 }, 3, 3, registry)).toEqual({ version: 3 })
  })

  it('refuses to skip a version it has no step for', () => {
    expect(() => migrateSession({}, 1, 3, { 2: (d) => d })).toThrow(MissingMigrationError)
  })
})

describe('version 0 -> 1', () => {
  const v0ToV1 = migrations[0]!

  it('adds what version 0 lacked: revealed from the agreed value, gap notes, clock and position', () => {
    const doc = asVersion0(sampleSnapshot())
    const consensus = list(doc, ['consensus'])
    consensus.push({
      ...consensus[0],
      id: 'ws-1:leadership:current',
      lensId: 'leadership',
      value: null,
    })
    const migrated = v0ToV1(doc)

    expect(at(migrated, ['version'])).toBe(1)
    expect(at(migrated, ['gapNotes'])).toEqual([])
    expect(list(migrated, ['consensus']).map((c) => c.revealed)).toEqual([true, false])
    expect(at(migrated, ['workshop'])).toMatchObject({
      startTime: '',
      endTime: '',
      position: null,
      timer: null,
    })
  })

  it('is pure: the version 0 document is not changed', () => {
    const doc = deepFreeze(asVersion0(sampleSnapshot()))
    const before = structuredClone(doc)
    v0ToV1(doc)
    expect(doc).toEqual(before)
  })

  it('keeps fields that are already there rather than inventing them', () => {
    const doc = asVersion0(sampleSnapshot())
    edit(doc, ['workshop', 'startTime'], '10:00')
    edit(doc, ['consensus', 0, 'revealed'], false)
    const migrated = v0ToV1(doc)
    expect(at(migrated, ['workshop', 'startTime'])).toBe('10:00')
    expect(at(migrated, ['consensus', 0, 'revealed'])).toBe(false)
  })

  it('passes anything it does not recognise on for validation to refuse', () => {
    for (const odd of [null, 42, 'text', [], { consensus: 'none', workshop: 7 }])
      expect(() => v0ToV1(odd)).not.toThrow()
    expect(v0ToV1({ consensus: 'none' })).toMatchObject({ consensus: 'none', version: 1 })
  })

  it('opens any version 0 file as the workshop it was, with the defaults filled in', () => {
    fc.assert(
      fc.property(workshopSnapshotArb, (snapshot) => {
        const result = parseSessionFile(JSON.stringify(asVersion0(snapshot)))
        if (!result.ok) throw new Error(result.error.detail)
        expect(result.migratedFrom).toBe(0)
        expect(result.version).toBe(SESSION_VERSION)
        expect(result.snapshot).toEqual({
          ...snapshot,
          workshop: {
            ...snapshot.workshop,
            startTime: '',
            endTime: '',
            position: null,
            timer: null,
            earlier: null,
            voting: { dotsPerPerson: 3, revealed: false },
          },
          votes: [],
          consensus: snapshot.consensus.map((c) => ({ ...c, revealed: c.value !== null })),
          gapNotes: [],
        })
      }),
      { numRuns: 100 },
    )
  })

  it('still refuses a version 0 file that misses what no migration can invent', () => {
    const doc = edit(asVersion0(sampleSnapshot()), ['participants'], REMOVE)
    expect(parseSessionFile(JSON.stringify(doc))).toEqual({
      ok: false,
      error: { code: 'invalid', detail: 'The list of participants is missing.' },
    })
  })
})

describe('version 1 -> 2', () => {
  const v1ToV2 = migrations[1]!

  it('adds the earlier workshop as none, purely, and passes the odd on', () => {
    const doc = deepFreeze(asVersion1(sampleSnapshot()))
    const before = structuredClone(doc)
    const migrated = v1ToV2(doc)
    expect(doc).toEqual(before)
    expect(at(migrated, ['version'])).toBe(2)
    expect(at(migrated, ['workshop', 'earlier'])).toBeNull()
    for (const odd of [null, 42, 'text', [], { workshop: 7 }])
      expect(() => v1ToV2(odd)).not.toThrow()
    expect(v1ToV2({ other: 1 })).toEqual({ other: 1, version: 2 })
  })

  it('opens any version 1 file as the workshop it was, compared with nothing', () => {
    fc.assert(
      fc.property(workshopSnapshotArb, (snapshot) => {
        const result = parseSessionFile(JSON.stringify(asVersion1(snapshot)))
        if (!result.ok) throw new Error(result.error.detail)
        expect(result.migratedFrom).toBe(1)
        expect(result.snapshot).toEqual({
          ...snapshot,
          workshop: {
            ...snapshot.workshop,
            earlier: null,
            voting: { dotsPerPerson: 3, revealed: false },
          },
          votes: [],
        })
      }),
      { numRuns: 50 },
    )
  })
})

describe('version 2 -> 3', () => {
  const v2ToV3 = migrations[2]!

  it('adds voting and an empty list of votes, and no bets to an earlier workshop, purely', () => {
    const snapshot = sampleSnapshot()
    snapshot.workshop.earlier = {
      workshopId: null,
      title: 'Autumn',
      organisation: '',
      date: '',
      takenAt: 1,
      lenses: [],
      bets: [],
    }
    const doc = deepFreeze(asVersion2(snapshot))
    const before = structuredClone(doc)
    const migrated = v2ToV3(doc)
    expect(doc).toEqual(before)
    expect(at(migrated, ['version'])).toBe(3)
    expect(at(migrated, ['votes'])).toEqual([])
    expect(at(migrated, ['workshop', 'voting'])).toEqual({ dotsPerPerson: 3, revealed: false })
    expect(at(migrated, ['workshop', 'earlier', 'bets'])).toEqual([])
    for (const odd of [null, 42, 'text', [], { workshop: 7 }, { workshop: { earlier: 'x' } }])
      expect(() => v2ToV3(odd)).not.toThrow()
  })

  it('opens any version 2 file as the workshop it was, with nobody having voted', () => {
    fc.assert(
      fc.property(workshopSnapshotArb, (snapshot) => {
        const result = parseSessionFile(JSON.stringify(asVersion2(snapshot)))
        if (!result.ok) throw new Error(result.error.detail)
        expect(result.migratedFrom).toBe(2)
        const { earlier } = snapshot.workshop
        expect(result.snapshot).toEqual({
          ...snapshot,
          workshop: {
            ...snapshot.workshop,
            voting: { dotsPerPerson: 3, revealed: false },
            earlier: earlier ? { ...earlier, bets: [] } : null,
          },
          votes: [],
        })
      }),
      { numRuns: 50 },
    )
  })
})
