/**
 * The team map diff: Today to Target by key, aspect by aspect, and back again by applying it.
 * Properties over random maps and random edits of them, then a few cases a person would read.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyTeamMapDiff,
  ARTIFACT_ASPECTS,
  diffSummary,
  diffTeamMaps,
  emptyTeamMap,
  INTERACTION_ASPECTS,
  isEmptyTeamMapDiff,
  meaningfulTeamChanges,
  RITUAL_ASPECTS,
  TEAM_ASPECTS,
  type ElementDiff,
  type MapInteractionEntry,
  type MapRitualEntry,
  type MapTeamEntry,
  type TeamMap,
  type TeamMapDiff,
} from '@shared/domain'
import { mapPairArb, teamMapArb } from './teamMapArbitraries'

const KINDS = ['teams', 'interactions', 'rituals', 'artifacts'] as const

/**
 * What each aspect covers, written out again here rather than taken from mapDiff.ts, so that the
 * tests check the diff against an independent reading of the types.
 */
const COVERS = {
  teams: {
    name: ['name'],
    type: ['type'],
    scope: ['scope'],
    size: ['size'],
    funding: ['funding'],
    note: ['note'],
    lenses: ['lensIds'],
    position: ['x', 'y'],
  },
  interactions: { mode: ['mode'], purpose: ['purpose'], ends: ['from', 'to'] },
  rituals: { name: ['name'], cadence: ['cadence'], attendees: ['attendees'] },
  artifacts: { name: ['name'], kind: ['artifactKind'], owner: ['owner'] },
} as const
const ORDER = {
  teams: TEAM_ASPECTS,
  interactions: INTERACTION_ASPECTS,
  rituals: RITUAL_ASPECTS,
  artifacts: ARTIFACT_ASPECTS,
} as const

type AnyDiff = ElementDiff<{ key: string }, string>
const kindDiff = (diff: TeamMapDiff, kind: (typeof KINDS)[number]) =>
  diff[kind] as unknown as AnyDiff
const keys = (list: readonly { key: string }[]) => list.map((e) => e.key)
/** Code-unit order; `.sort()` with no comparer is exactly that for strings. */
const sortedKeys = (list: readonly { key: string }[]) => keys(list).sort()

/** Two maps drawn independently, sharing keys only by chance, not by derivation. */
const independentPairArb = fc
  .tuple(teamMapArb, teamMapArb)
  .map(([today, target]) => ({ today, target }))
const anyPairArb = fc.oneof(mapPairArb, independentPairArb)

describe('diffTeamMaps', () => {
  it('finds nothing between a map and itself, or a copy of it', () => {
    fc.assert(
      fc.property(teamMapArb, (map) => {
        expect(isEmptyTeamMapDiff(diffTeamMaps(map, map))).toBe(true)
        expect(isEmptyTeamMapDiff(diffTeamMaps(map, structuredClone(map)))).toBe(true)
      }),
    )
  })

  it('gives the target back when applied to today', () => {
    fc.assert(
      fc.property(anyPairArb, ({ today, target }) => {
        expect(applyTeamMapDiff(today, diffTeamMaps(today, target))).toEqual(target)
      }),
    )
  })

  it('adds and removes exactly the keys only one side has, each list by key', () => {
    fc.assert(
      fc.property(anyPairArb, ({ today, target }) => {
        const diff = diffTeamMaps(today, target)
        for (const kind of KINDS) {
          const d = kindDiff(diff, kind)
          const before = new Set(keys(today[kind]))
          const after = new Set(keys(target[kind]))
          expect(keys(d.added)).toEqual([...after].filter((k) => !before.has(k)).sort())
          expect(keys(d.removed)).toEqual([...before].filter((k) => !after.has(k)).sort())
          expect(keys(d.added).filter((k) => before.has(k))).toEqual([])
          for (const list of [d.added, d.removed, d.changed])
            expect(keys(list)).toEqual(sortedKeys(list))
          for (const c of d.changed) expect(before.has(c.key) && after.has(c.key)).toBe(true)
        }
      }),
    )
  })

  it('names, in order, exactly the aspects that differ, and never an empty change', () => {
    fc.assert(
      fc.property(anyPairArb, ({ today, target }) => {
        const diff = diffTeamMaps(today, target)
        for (const kind of KINDS) {
          const d = kindDiff(diff, kind)
          const covers: Record<string, readonly string[]> = COVERS[kind]
          const changed = new Map(d.changed.map((c) => [c.key, c]))
          const targetByKey = new Map(target[kind].map((e) => [e.key, e as object]))
          for (const before of today[kind] as { key: string }[]) {
            const after = targetByKey.get(before.key)
            if (!after) continue
            const differing = ORDER[kind].filter((aspect) =>
              covers[aspect]!.some(
                (field) =>
                  JSON.stringify(before[field as keyof typeof before]) !==
                  JSON.stringify(after[field as keyof typeof after]),
              ),
            )
            const entry = changed.get(before.key)
            if (differing.length === 0) expect(entry).toBeUndefined()
            else expect(entry).toEqual({ key: before.key, before, after, aspects: differing })
          }
          for (const c of d.changed) expect(c.aspects.length).toBeGreaterThan(0)
        }
      }),
    )
  })

  it('swaps added and removed, and before and after, when read the other way', () => {
    fc.assert(
      fc.property(anyPairArb, ({ today, target }) => {
        const forward = diffTeamMaps(today, target)
        const back = diffTeamMaps(target, today)
        for (const kind of KINDS) {
          const f = kindDiff(forward, kind)
          const b = kindDiff(back, kind)
          expect(b.added).toEqual(f.removed)
          expect(b.removed).toEqual(f.added)
          expect(b.changed).toEqual(
            f.changed.map((c) => ({ ...c, before: c.after, after: c.before })),
          )
        }
        expect(applyTeamMapDiff(target, back)).toEqual(today)
      }),
    )
  })

  it('counts what the room discusses, leaving out teams only moved on the canvas', () => {
    fc.assert(
      fc.property(anyPairArb, ({ today, target }) => {
        const diff = diffTeamMaps(today, target)
        const summary = diffSummary(diff)
        const moves = diff.teams.changed.filter((c) => c.aspects.join() === 'position')
        expect(meaningfulTeamChanges(diff)).toEqual(
          diff.teams.changed.filter((c) => !moves.includes(c)),
        )
        expect(summary.teams.changed).toBe(diff.teams.changed.length - moves.length)
        for (const kind of KINDS) {
          expect(summary[kind].added).toBe(diff[kind].added.length)
          expect(summary[kind].removed).toBe(diff[kind].removed.length)
          if (kind !== 'teams') expect(summary[kind].changed).toBe(diff[kind].changed.length)
        }
        expect(isEmptyTeamMapDiff(diff)).toBe(
          KINDS.every((k) => JSON.stringify(today[k]) === JSON.stringify(target[k])),
        )
      }),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Cases a person would read

const team = (key: string, name: string, more: Partial<MapTeamEntry> = {}): MapTeamEntry => ({
  key,
  name,
  type: 'stream-aligned',
  scope: '',
  size: null,
  funding: 'stable-team',
  note: '',
  lensIds: [],
  x: 0,
  y: 0,
  ...more,
})
const arrow = (key: string, from: string, to: string, more: Partial<MapInteractionEntry> = {}) =>
  ({ key, from, to, mode: 'collaboration', purpose: '', ...more }) satisfies MapInteractionEntry

const today: TeamMap = {
  ...emptyTeamMap(),
  teams: [
    team('t-checkout', 'Checkout'),
    team('t-payments', 'Payments'),
    team('t-search', 'Search'),
  ],
  interactions: [arrow('i-1', 't-payments', 't-checkout', { purpose: 'Card payments' })],
}

describe('diffTeamMaps, by example', () => {
  it('reports a team renamed and retyped as one change with both aspects', () => {
    const target = {
      ...today,
      teams: today.teams.map((t) =>
        t.key === 't-payments' ? { ...t, name: 'Payments platform', type: 'platform' as const } : t,
      ),
    }
    const diff = diffTeamMaps(today, target)
    expect(diff.teams).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          key: 't-payments',
          before: today.teams[1],
          after: target.teams[1],
          aspects: ['name', 'type'],
        },
      ],
    })
    expect(diffSummary(diff).teams).toEqual({ added: 0, removed: 0, changed: 1 })
  })

  it('reports an interaction whose mode changed', () => {
    const target = {
      ...today,
      interactions: [{ ...today.interactions[0]!, mode: 'x-as-a-service' as const }],
    }
    const diff = diffTeamMaps(today, target)
    expect(diff.interactions.changed.map((c) => [c.key, c.aspects])).toEqual([['i-1', ['mode']]])
    expect(diff.teams.changed).toEqual([])
  })

  it('reports a ritual added, and applying it adds it', () => {
    const review: MapRitualEntry = {
      key: 'r-review',
      name: 'Portfolio review',
      cadence: 'Quarterly',
      attendees: ['t-checkout', 't-payments'],
    }
    const target = { ...today, rituals: [review] }
    const diff = diffTeamMaps(today, target)
    expect(diff.rituals).toEqual({ added: [review], removed: [], changed: [] })
    expect(applyTeamMapDiff(today, diff)).toEqual(target)
  })

  it('keeps a team only moved out of the summary, but not out of the diff', () => {
    const target = {
      ...today,
      teams: today.teams.map((t) => (t.key === 't-search' ? { ...t, x: 240 } : t)),
    }
    const diff = diffTeamMaps(today, target)
    expect(diff.teams.changed.map((c) => c.aspects)).toEqual([['position']])
    expect(meaningfulTeamChanges(diff)).toEqual([])
    expect(diffSummary(diff).teams.changed).toBe(0)
    expect(isEmptyTeamMapDiff(diff)).toBe(false)
  })

  it('counts lenses put in another order as a lenses change, so applying keeps the order', () => {
    const before = { ...today, teams: [team('t-a', 'A', { lensIds: ['l-1', 'l-2'] })] }
    const after = { ...today, teams: [team('t-a', 'A', { lensIds: ['l-2', 'l-1'] })] }
    const diff = diffTeamMaps(before, after)
    expect(diff.teams.changed.map((c) => c.aspects)).toEqual([['lenses']])
    expect(applyTeamMapDiff(before, diff).teams[0]!.lensIds).toEqual(['l-2', 'l-1'])
  })

  it('orders by code unit, not as a person would sort the keys', () => {
    const target = {
      ...emptyTeamMap(),
      teams: ['b', 'é', 'a', 'B'].map((key) => team(key, `Team ${key}`)),
    }
    expect(keys(diffTeamMaps(emptyTeamMap(), target).teams.added)).toEqual(['B', 'a', 'b', 'é'])
    expect(
      keys(applyTeamMapDiff(emptyTeamMap(), diffTeamMaps(emptyTeamMap(), target)).teams),
    ).toEqual(['B', 'a', 'b', 'é'])
  })
})
