import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  consensusId,
  disagreement,
  earlierWorkshopOf,
  gapNoteId,
  heatmap,
  earlierBetLens,
  lensDeltas,
  MATURITY_LEVELS,
  participantRadar,
  radarSeries,
  rankGaps,
  RATING_STATES,
  ratingId,
  workshopDeltas,
  type Consensus,
  type EarlierBet,
  type HeatmapRow,
  type MaturityLevel,
  type Rating,
  type RatingState,
  type RatingValue,
  type WorkshopSnapshot,
} from '@shared/domain'
import { workshopSnapshotArb } from '../schema/snapshotArbitrary'
import { sampleSnapshot } from '../schema/sampleSnapshot'
import { makeTemplate } from './fixtures'

// ---------------------------------------------------------------------------------------------
// Builders

type RatingSpec = [person: number, lensId: string, state: RatingState, value: RatingValue]
type ConsensusSpec = [
  lensId: string,
  state: RatingState,
  value: MaturityLevel | null,
  revealed: boolean,
]

interface Spec {
  id?: string
  lensIds: string[]
  /** Agenda order; defaults to lensIds. */
  agenda?: string[]
  people?: string[]
  anonymous?: boolean
  ratings?: RatingSpec[]
  consensus?: ConsensusSpec[]
  keyShifts?: Record<string, string>
}

function build(spec: Spec): WorkshopSnapshot {
  const base = sampleSnapshot()
  const workshopId = spec.id ?? 'ws-build'
  const participants = (spec.people ?? []).map((name, order) => ({
    id: `p-${order + 1}`,
    workshopId,
    name,
    role: '',
    order,
  }))
  const ratings = (spec.ratings ?? []).map(([person, lensId, state, value]): Rating => {
    const participantId = `p-${person + 1}`
    return {
      id: ratingId(participantId, lensId, state),
      workshopId,
      participantId,
      lensId,
      state,
      value,
      note: '',
      updatedAt: 1,
    }
  })
  const consensus = (spec.consensus ?? []).map(([lensId, state, value, revealed]): Consensus => ({
    id: consensusId(workshopId, lensId, state),
    workshopId,
    lensId,
    state,
    value,
    revealed,
    updatedAt: 1,
  }))
  const gapNotes = Object.entries(spec.keyShifts ?? {}).map(([lensId, keyShift]) => ({
    id: gapNoteId(workshopId, lensId),
    workshopId,
    lensId,
    keyShift,
    updatedAt: 1,
  }))
  return {
    workshop: {
      ...base.workshop,
      id: workshopId,
      anonymous: spec.anonymous ?? false,
      template: makeTemplate(spec.lensIds),
      agenda: (spec.agenda ?? spec.lensIds).map((lensId) => ({ lensId, minutes: 30 })),
    },
    participants,
    ratings,
    consensus,
    cards: [],
    gapNotes,
    bets: [],
    votes: [],
    mapElements: [],
  }
}

const levelArb = fc.constantFrom<MaturityLevel>(...MATURITY_LEVELS)
const valueArb = fc.oneof(
  { weight: 5, arbitrary: levelArb as fc.Arbitrary<RatingValue> },
  { weight: 1, arbitrary: fc.constant<RatingValue>('unsure') },
)
const LENS_POOL = ['a', 'b', 'c', 'd', 'e', 'f']

/** Snapshots where most people rate most lenses, so spreads and gaps are rich. */
const denseArb: fc.Arbitrary<WorkshopSnapshot> = fc
  .record({
    lensIds: fc.shuffledSubarray(LENS_POOL, { minLength: 1 }),
    people: fc.integer({ min: 0, max: 6 }),
    anonymous: fc.boolean(),
    id: fc.constantFrom('ws-a', 'ws-b'),
  })
  .chain(({ lensIds, people, anonymous, id }) => {
    const slots = lensIds.flatMap((lensId) =>
      RATING_STATES.map((state) => [lensId, state] as const),
    )
    const ratingSlots = Array.from({ length: people }, (_, person) =>
      slots.map(([lensId, state]) => [person, lensId, state] as const),
    ).flat()
    return fc
      .record({
        ratings: fc.tuple(
          ...ratingSlots.map(([person, lensId, state]) =>
            fc.option(
              valueArb.map((value): RatingSpec => [person, lensId, state, value]),
              { nil: null, freq: 5 },
            ),
          ),
        ),
        consensus: fc.tuple(
          ...slots.map(([lensId, state]) =>
            fc
              .record({
                value: fc.option(levelArb, { nil: null, freq: 4 }),
                revealed: fc.boolean(),
              })
              .map(({ value, revealed }): ConsensusSpec => [lensId, state, value, revealed]),
          ),
        ),
        agenda: fc.subarray(lensIds, { minLength: 1 }),
      })
      .map((records) =>
        build({
          id,
          lensIds,
          agenda: records.agenda,
          people: Array.from({ length: people }, (_, i) => `Person ${i + 1}`),
          anonymous,
          ratings: records.ratings.filter((r): r is RatingSpec => r !== null),
          consensus: records.consensus,
        }),
      )
  })

const anySnapshotArb = fc.oneof(workshopSnapshotArb, denseArb)

/** The agenda lenses that are in the template, in agenda order (what every view lists). */
function agendaIds(snapshot: WorkshopSnapshot): string[] {
  const known = new Set(snapshot.workshop.template.lenses.map((l) => l.id))
  return snapshot.workshop.agenda.map((a) => a.lensId).filter((id) => known.has(id))
}

const stateKey = (lensId: string, state: RatingState) => JSON.stringify([lensId, state])
function revealedKeys(snapshot: WorkshopSnapshot): Set<string> {
  return new Set(
    snapshot.consensus.filter((c) => c.revealed).map((c) => stateKey(c.lensId, c.state)),
  )
}

/** The same snapshot with every record list in another order. */
function shuffledArb(snapshot: WorkshopSnapshot): fc.Arbitrary<WorkshopSnapshot> {
  const all = <T>(list: T[]) => fc.shuffledSubarray(list, { minLength: list.length })
  return fc
    .record({
      participants: all(snapshot.participants),
      ratings: all(snapshot.ratings),
      consensus: all(snapshot.consensus),
      gapNotes: all(snapshot.gapNotes),
    })
    .map((lists) => ({ ...snapshot, ...lists }))
}

/** The same snapshot with hidden ratings changed, dropped and added at will. */
function hiddenMutationArb(snapshot: WorkshopSnapshot): fc.Arbitrary<WorkshopSnapshot> {
  const revealed = revealedKeys(snapshot)
  const isHidden = (lensId: string, state: RatingState) => !revealed.has(stateKey(lensId, state))
  const existing = new Set(snapshot.ratings.map((r) => r.id))
  const newSlots = snapshot.participants.flatMap((p) =>
    snapshot.workshop.template.lenses.flatMap((lens) =>
      RATING_STATES.filter(
        (state) => isHidden(lens.id, state) && !existing.has(ratingId(p.id, lens.id, state)),
      ).map((state) => ({ participantId: p.id, lensId: lens.id, state })),
    ),
  )
  const change = fc.option(fc.record({ value: valueArb, note: fc.string() }), { nil: null })
  return fc
    .record({
      changes: fc.array(change, {
        minLength: snapshot.ratings.length,
        maxLength: snapshot.ratings.length,
      }),
      additions: fc.array(fc.option(valueArb, { nil: null }), {
        minLength: newSlots.length,
        maxLength: newSlots.length,
      }),
    })
    .map(({ changes, additions }) => {
      const kept = snapshot.ratings.flatMap((rating, i): Rating[] => {
        if (!isHidden(rating.lensId, rating.state)) return [rating]
        const c = changes[i] ?? null
        return c === null ? [] : [{ ...rating, value: c.value, note: c.note }]
      })
      const added = newSlots.flatMap((slot, i): Rating[] => {
        const value = additions[i] ?? null
        if (value === null) return []
        const id = ratingId(slot.participantId, slot.lensId, slot.state)
        return [
          { id, workshopId: snapshot.workshop.id, ...slot, value, note: 'secret', updatedAt: 9 },
        ]
      })
      return { ...snapshot, ratings: [...kept, ...added] }
    })
}

function everyView(snapshot: WorkshopSnapshot) {
  return {
    rankGaps: rankGaps(snapshot),
    heatmap: heatmap(snapshot),
    disagreement: disagreement(snapshot),
    radar: radarSeries(snapshot),
    people: snapshot.participants
      .map((p) => p.id)
      .sort()
      .map((id) => participantRadar(snapshot, id)),
  }
}

function cell(row: HeatmapRow, lensId: string) {
  const found = Object.hasOwn(row.cells, lensId) ? row.cells[lensId] : undefined
  if (found === undefined) throw new Error(`no cell for ${lensId}`)
  return found
}

const neg = (n: number | null) => (n === null ? null : 0 - n)

// ---------------------------------------------------------------------------------------------

describe('rankGaps', () => {
  it('orders by gap, then larger target, then agenda order; lenses without a gap last', () => {
    const snapshot = build({
      lensIds: ['a', 'b', 'c', 'd', 'e'],
      consensus: [
        ['a', 'current', 2, true],
        ['a', 'target', 4, true], // gap 2, target 4
        ['b', 'current', 3, true],
        ['b', 'target', 5, false], // gap 2, target 5 (agreed scores count even before a reveal)
        ['c', 'current', 1, true], // no target: no gap
        ['d', 'current', 1, true],
        ['d', 'target', 4, true], // gap 3
        ['e', 'current', 3, true],
        ['e', 'target', 3, true], // gap 0
      ],
      keyShifts: { d: '  From projects to products  ' },
    })
    const ranked = rankGaps(snapshot)
    expect(ranked.map((r) => [r.lensId, r.gap, r.rank])).toEqual([
      ['d', 3, 1],
      ['b', 2, 2],
      ['a', 2, 3],
      ['e', 0, 4],
      ['c', null, null],
    ])
    expect(ranked[0]).toEqual({
      lensId: 'd',
      title: 'Lens d',
      current: 1,
      target: 4,
      gap: 3,
      keyShift: 'From projects to products',
      rank: 1,
    })
    expect(ranked[4]?.keyShift).toBe('')
  })

  it('reads the sample workshop: one agreed current, no gap yet', () => {
    expect(rankGaps(sampleSnapshot())).toEqual([
      {
        lensId: 'alignment',
        title: 'Lens alignment',
        current: 3,
        target: null,
        gap: null,
        keyShift: 'From output to outcomes',
        rank: null,
      },
      {
        lensId: 'leadership',
        title: 'Lens leadership',
        current: null,
        target: null,
        gap: null,
        keyShift: '',
        rank: null,
      },
    ])
  })

  it('lists agenda lenses only, and ties on gap and target fall back to agenda order', () => {
    const snapshot = build({
      lensIds: ['a', 'b', 'c'],
      agenda: ['c', 'a'],
      consensus: [
        ['a', 'current', 2, true],
        ['a', 'target', 4, true],
        ['b', 'current', 1, true],
        ['b', 'target', 5, true],
        ['c', 'current', 2, true],
        ['c', 'target', 4, true],
      ],
    })
    expect(rankGaps(snapshot).map((r) => r.lensId)).toEqual(['c', 'a'])
  })

  it('is a permutation of the agenda lenses, ranked ones first with non-increasing gaps', () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const ranked = rankGaps(snapshot)
        const ids = agendaIds(snapshot)
        expect([...ranked.map((r) => r.lensId)].sort()).toEqual([...ids].sort())
        const withGap = ranked.filter((r) => r.gap !== null)
        const without = ranked.filter((r) => r.gap === null)
        expect(ranked).toEqual([...withGap, ...without])
        withGap.forEach((r, i) => {
          expect(r.rank).toBe(i + 1)
          expect(r.gap).toBe((r.target ?? NaN) - (r.current ?? NaN))
          const next = withGap[i + 1]
          if (next) {
            const [g1, g2] = [r.gap ?? 0, next.gap ?? 0]
            expect(g1).toBeGreaterThanOrEqual(g2)
            if (g1 === g2) {
              expect(r.target ?? 0).toBeGreaterThanOrEqual(next.target ?? 0)
              if (r.target === next.target)
                expect(ids.indexOf(r.lensId)).toBeLessThan(ids.indexOf(next.lensId))
            }
          }
        })
        expect(without.every((r) => r.rank === null)).toBe(true)
        expect(without.map((r) => r.lensId)).toEqual(
          ids.filter((id) => without.some((r) => r.lensId === id)),
        )
      }),
    )
  })
})

describe('heatmap', () => {
  const snapshot = build({
    lensIds: ['a', 'b'],
    people: ['Ana', 'Ben', 'Cy'],
    ratings: [
      [0, 'a', 'current', 2],
      [0, 'a', 'target', 4],
      [1, 'a', 'current', 'unsure'],
      [1, 'a', 'target', 5],
      [2, 'a', 'target', 3],
      [0, 'b', 'current', 5], // b current is hidden
      [1, 'b', 'target', 1], // b target is not revealed either
    ],
    consensus: [
      ['a', 'current', 3, true],
      ['a', 'target', 4, true],
      ['b', 'current', null, false],
    ],
  })

  it('shows revealed ratings and personal gaps, in participant order', () => {
    expect(heatmap(snapshot)).toEqual([
      {
        participantId: 'p-1',
        name: 'Ana',
        cells: {
          a: { current: 2, target: 4, gap: 2 },
          b: { current: null, target: null, gap: null },
        },
      },
      {
        participantId: 'p-2',
        name: 'Ben',
        cells: {
          a: { current: 'unsure', target: 5, gap: null },
          b: { current: null, target: null, gap: null },
        },
      },
      {
        participantId: 'p-3',
        name: 'Cy',
        cells: {
          a: { current: null, target: 3, gap: null },
          b: { current: null, target: null, gap: null },
        },
      },
    ])
  })

  it('orders people by their order, not by list position', () => {
    const reordered = {
      ...snapshot,
      participants: snapshot.participants.map((p, i) => ({ ...p, order: 10 - i })),
    }
    expect(heatmap(reordered).map((r) => r.name)).toEqual(['Cy', 'Ben', 'Ana'])
  })

  it('keeps lens ids that look like object keys as plain cells', () => {
    const odd = build({
      lensIds: ['__proto__', 'constructor'],
      people: ['Ana'],
      ratings: [[0, '__proto__', 'current', 2]],
      consensus: [['__proto__', 'current', 2, true]],
    })
    const [row] = heatmap(odd)
    expect(Object.keys(row?.cells ?? {})).toEqual(['__proto__', 'constructor'])
    expect(row && cell(row, '__proto__')).toEqual({ current: 2, target: null, gap: null })
  })

  it('never shows a value whose state is not revealed, and shows each revealed one as rated', () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const revealed = revealedKeys(snapshot)
        const rows = heatmap(snapshot)
        const ids = agendaIds(snapshot)
        expect(rows.map((r) => r.participantId).sort()).toEqual(
          snapshot.participants.map((p) => p.id).sort(),
        )
        for (const row of rows) {
          // A Record: integer-like lens ids ('3') iterate first, so callers walk the agenda instead.
          expect(Object.keys(row.cells).sort()).toEqual([...ids].sort())
          for (const lensId of ids) {
            const c = cell(row, lensId)
            for (const state of RATING_STATES) {
              const rating = snapshot.ratings.find(
                (r) =>
                  r.participantId === row.participantId && r.lensId === lensId && r.state === state,
              )
              const expected = revealed.has(stateKey(lensId, state))
                ? (rating?.value ?? null)
                : null
              expect(c[state]).toBe(expected)
            }
            const both = typeof c.current === 'number' && typeof c.target === 'number'
            expect(c.gap).toBe(both ? (c.target as number) - (c.current as number) : null)
          }
        }
      }),
    )
  })

  it('no view changes when hidden ratings are changed, dropped or added', () => {
    fc.assert(
      fc.property(
        anySnapshotArb.chain((s) => fc.tuple(fc.constant(s), hiddenMutationArb(s))),
        ([snapshot, mutated]) => {
          expect(everyView(mutated)).toEqual(everyView(snapshot))
        },
      ),
    )
  })

  it('an anonymous workshop names no one, in the heatmap or among the furthest', () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const anonymous = { ...snapshot, workshop: { ...snapshot.workshop, anonymous: true } }
        expect(heatmap(anonymous).every((r) => r.name === '')).toBe(true)
        for (const lens of disagreement(anonymous))
          for (const person of [...lens.current.furthest, ...lens.target.furthest])
            expect(person.name).toBe('')
      }),
    )
  })
  it('an anonymous workshop shows its people in an order unrelated to the participant list', () => {
    const people = Array.from({ length: 12 }, (_, i) => `Person ${i}`)
    const named = build({ lensIds: ['a'], people })
    const anonymous = { ...named, workshop: { ...named.workshop, anonymous: true } }
    const ids = heatmap(anonymous).map((r) => r.participantId)
    expect([...ids].sort()).toEqual(
      heatmap(named)
        .map((r) => r.participantId)
        .sort(),
    )
    expect(ids).not.toEqual(heatmap(named).map((r) => r.participantId))
    // Reordering the list does not move anyone: the order depends on ids alone.
    const reordered = {
      ...anonymous,
      participants: anonymous.participants.map((p, i) => ({ ...p, order: 100 - i })),
    }
    expect(heatmap(reordered).map((r) => r.participantId)).toEqual(ids)
  })
})

describe('disagreement', () => {
  it('finds the spread, the people furthest from the agreed score, and the gap range', () => {
    const snapshot = build({
      lensIds: ['a'],
      people: ['Ana', 'Ben', 'Cy', 'Dee'],
      ratings: [
        [0, 'a', 'current', 1],
        [1, 'a', 'current', 3],
        [2, 'a', 'current', 5],
        [3, 'a', 'current', 'unsure'],
        [0, 'a', 'target', 4],
        [1, 'a', 'target', 4],
        [2, 'a', 'target', 5],
      ],
      consensus: [
        ['a', 'current', 3, true],
        ['a', 'target', 4, true],
      ],
    })
    expect(disagreement(snapshot)).toEqual([
      {
        lensId: 'a',
        title: 'Lens a',
        current: {
          range: 4,
          furthest: [
            { participantId: 'p-1', name: 'Ana', distance: 2 },
            { participantId: 'p-3', name: 'Cy', distance: 2 },
          ],
        },
        target: { range: 1, furthest: [{ participantId: 'p-3', name: 'Cy', distance: 1 }] },
        gapRange: 3, // 3, 1, 0
        agreesOnScoreNotGap: false,
      },
    ])
  })

  it('flags a room that agrees on both scores but not on the gap', () => {
    const snapshot = build({
      lensIds: ['a', 'b'],
      people: ['Ana', 'Ben'],
      ratings: [
        [0, 'a', 'current', 3],
        [0, 'a', 'target', 3],
        [1, 'a', 'current', 2],
        [1, 'a', 'target', 4],
        [0, 'b', 'current', 2],
        [0, 'b', 'target', 4],
        [1, 'b', 'current', 2],
        [1, 'b', 'target', 5],
      ],
      consensus: RATING_STATES.flatMap((state): ConsensusSpec[] => [
        ['a', state, 3, true],
        ['b', state, null, true],
      ]),
      anonymous: true,
    })
    const [a, b] = disagreement(snapshot)
    expect(a).toMatchObject({ gapRange: 2, agreesOnScoreNotGap: true })
    expect(a?.current).toEqual({
      range: 1,
      furthest: [{ participantId: 'p-2', name: '', distance: 1 }],
    })
    expect(a?.target).toEqual({
      range: 1,
      furthest: [{ participantId: 'p-2', name: '', distance: 1 }],
    })
    expect(b).toMatchObject({ gapRange: 1, agreesOnScoreNotGap: false })
    // No consensus: nobody can be furthest from it.
    expect(b?.current.furthest).toEqual([])
  })

  it('is empty-handed before a reveal or without ratings', () => {
    const snapshot = build({
      lensIds: ['a'],
      people: ['Ana', 'Ben'],
      ratings: [
        [0, 'a', 'current', 1],
        [1, 'a', 'current', 5],
      ],
      consensus: [['a', 'current', 3, false]],
    })
    expect(disagreement(snapshot)).toEqual([
      {
        lensId: 'a',
        title: 'Lens a',
        current: { range: null, furthest: [] },
        target: { range: null, furthest: [] },
        gapRange: null,
        agreesOnScoreNotGap: false,
      },
    ])
  })

  it('agrees with the heatmap: ranges, furthest people at the one max distance, and the flag', () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const rows = heatmap(snapshot)
        const agreed = (lensId: string, state: RatingState) =>
          snapshot.consensus.find((c) => c.lensId === lensId && c.state === state)?.value ?? null
        const range = (values: number[]) =>
          values.length === 0 ? null : Math.max(...values) - Math.min(...values)
        const lenses = disagreement(snapshot)
        expect(lenses.map((l) => l.lensId)).toEqual(agendaIds(snapshot))
        for (const lens of lenses) {
          for (const state of RATING_STATES) {
            const rated = rows.flatMap((row) => {
              const v = cell(row, lens.lensId)[state]
              return typeof v === 'number' ? [{ id: row.participantId, v }] : []
            })
            const { range: r, furthest } = lens[state]
            expect(r).toBe(range(rated.map((x) => x.v)))
            const score = agreed(lens.lensId, state)
            if (score === null) {
              expect(furthest).toEqual([])
              continue
            }
            const max = Math.max(0, ...rated.map((x) => Math.abs(x.v - score)))
            for (const person of furthest) expect(person.distance).toBe(max)
            const expectedIds =
              max >= 1 ? rated.filter((x) => Math.abs(x.v - score) === max).map((x) => x.id) : []
            expect(furthest.map((p) => p.participantId)).toEqual(expectedIds)
          }
          const gaps = rows.flatMap((row) => {
            const g = cell(row, lens.lensId).gap
            return g === null ? [] : [g]
          })
          expect(lens.gapRange).toBe(range(gaps))
          if (lens.agreesOnScoreNotGap) {
            expect(lens.current.range).toBeLessThanOrEqual(1)
            expect(lens.target.range).toBeLessThanOrEqual(1)
            expect(lens.gapRange).toBeGreaterThanOrEqual(2)
          }
          const expectedFlag =
            lens.current.range !== null &&
            lens.current.range <= 1 &&
            lens.target.range !== null &&
            lens.target.range <= 1 &&
            lens.gapRange !== null &&
            lens.gapRange >= 2
          expect(lens.agreesOnScoreNotGap).toBe(expectedFlag)
        }
      }),
    )
  })

  it('flags exactly when neighbouring scores hide a personal gap spread of two', () => {
    const arb = fc
      .record({
        current: fc.integer({ min: 1, max: 4 }),
        target: fc.integer({ min: 1, max: 4 }),
        people: fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }),
      })
      .map(({ current, target, people }) =>
        build({
          lensIds: ['a'],
          people: people.map((_, i) => `P${i}`),
          ratings: people.flatMap(([up, upTarget], i): RatingSpec[] => [
            [i, 'a', 'current', (current + (up ? 1 : 0)) as MaturityLevel],
            [i, 'a', 'target', (target + (upTarget ? 1 : 0)) as MaturityLevel],
          ]),
          consensus: [
            ['a', 'current', current as MaturityLevel, true],
            ['a', 'target', target as MaturityLevel, true],
          ],
        }),
      )
    fc.assert(
      fc.property(arb, (snapshot) => {
        const [lens] = disagreement(snapshot)
        const gaps = snapshot.participants.map(
          (p) =>
            Number(
              snapshot.ratings.find((r) => r.participantId === p.id && r.state === 'target')?.value,
            ) -
            Number(
              snapshot.ratings.find((r) => r.participantId === p.id && r.state === 'current')
                ?.value,
            ),
        )
        const spread = Math.max(...gaps) - Math.min(...gaps)
        expect(lens?.gapRange).toBe(spread)
        expect(lens?.agreesOnScoreNotGap).toBe(spread >= 2)
      }),
    )
  })
})

describe('radar series', () => {
  it('the consensus radar follows the agenda and matches the ranked gaps', () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const radar = radarSeries(snapshot)
        expect(radar.map((p) => p.lensId)).toEqual(agendaIds(snapshot))
        for (const ranked of rankGaps(snapshot))
          expect(radar.find((p) => p.lensId === ranked.lensId)).toEqual({
            lensId: ranked.lensId,
            title: ranked.title,
            current: ranked.current,
            target: ranked.target,
          })
      }),
    )
  })

  it("a person's radar is their numeric heatmap row; an unknown person's is empty", () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const numeric = (v: unknown) => (typeof v === 'number' ? v : null)
        for (const row of heatmap(snapshot)) {
          expect(participantRadar(snapshot, row.participantId)).toEqual(
            radarSeries(snapshot).map(({ lensId, title }) => ({
              lensId,
              title,
              current: numeric(cell(row, lensId).current),
              target: numeric(cell(row, lensId).target),
            })),
          )
        }
        const stranger = participantRadar(snapshot, '\u0000nobody')
        expect(stranger.every((p) => p.current === null && p.target === null)).toBe(true)
      }),
    )
  })

  it('reads the sample: Ana rated alignment 2, Ben was unsure', () => {
    const sample = sampleSnapshot()
    expect(participantRadar(sample, 'p-1')[0]).toEqual({
      lensId: 'alignment',
      title: 'Lens alignment',
      current: 2,
      target: null,
    })
    expect(participantRadar(sample, 'p-2')[0]?.current).toBeNull()
  })
})

describe('workshopDeltas', () => {
  it('matches lenses by id: later agenda order first, then the earlier leftovers', () => {
    const earlier = build({
      lensIds: ['a', 'b', 'c'],
      consensus: [
        ['a', 'current', 2, true],
        ['a', 'target', 4, true],
        ['b', 'current', 3, true],
        ['c', 'current', 1, true],
      ],
    })
    const later = build({
      lensIds: ['d', 'b', 'a'],
      consensus: [
        ['a', 'current', 3, true],
        ['a', 'target', 4, true],
        ['b', 'current', 2, true],
        ['d', 'current', 4, true],
      ],
    })
    expect(workshopDeltas(earlier, later)).toEqual([
      {
        lensId: 'd',
        title: 'Lens d',
        before: { current: null, target: null },
        after: { current: 4, target: null },
        currentDelta: null,
        targetDelta: null,
        moved: 'unknown',
        presence: 'laterOnly',
      },
      {
        lensId: 'b',
        title: 'Lens b',
        before: { current: 3, target: null },
        after: { current: 2, target: null },
        currentDelta: -1,
        targetDelta: null,
        moved: 'down',
        presence: 'both',
      },
      {
        lensId: 'a',
        title: 'Lens a',
        before: { current: 2, target: 4 },
        after: { current: 3, target: 4 },
        currentDelta: 1,
        targetDelta: 0,
        moved: 'up',
        presence: 'both',
      },
      {
        lensId: 'c',
        title: 'Lens c',
        before: { current: 1, target: null },
        after: { current: null, target: null },
        currentDelta: null,
        targetDelta: null,
        moved: 'unknown',
        presence: 'earlierOnly',
      },
    ])
  })

  it('a workshop compared with itself moved nowhere', () => {
    fc.assert(
      fc.property(anySnapshotArb, (snapshot) => {
        const deltas = workshopDeltas(snapshot, snapshot)
        expect(deltas.map((d) => d.lensId)).toEqual(agendaIds(snapshot))
        for (const d of deltas) {
          expect(d.before).toEqual(d.after)
          expect(['same', 'unknown']).toContain(d.moved)
          expect(d.moved === 'same').toBe(d.currentDelta !== null)
          if (d.currentDelta !== null) expect(d.currentDelta).toBe(0)
          if (d.targetDelta !== null) expect(d.targetDelta).toBe(0)
        }
      }),
    )
  })

  it('swapping the two workshops swaps the sides and negates every delta', () => {
    const opposite = { up: 'down', down: 'up', same: 'same', unknown: 'unknown' } as const
    const presenceSwapped = {
      both: 'both',
      earlierOnly: 'laterOnly',
      laterOnly: 'earlierOnly',
    } as const
    fc.assert(
      fc.property(denseArb, denseArb, (a, b) => {
        const forward = workshopDeltas(a, b)
        const backward = new Map(workshopDeltas(b, a).map((d) => [d.lensId, d]))
        const union = new Set([...agendaIds(a), ...agendaIds(b)])
        expect(forward.map((d) => d.lensId)).toEqual([
          ...agendaIds(b),
          ...agendaIds(a).filter((id) => !agendaIds(b).includes(id)),
        ])
        expect(backward.size).toBe(union.size)
        for (const d of forward) {
          const back = backward.get(d.lensId)
          expect(back?.before).toEqual(d.after)
          expect(back?.after).toEqual(d.before)
          expect(back?.currentDelta).toBe(neg(d.currentDelta))
          expect(back?.targetDelta).toBe(neg(d.targetDelta))
          expect(back?.moved).toBe(opposite[d.moved])
          expect(back?.presence).toBe(presenceSwapped[d.presence])
          // A lens is "in both" exactly when both agendas have it.
          expect(d.presence === 'both').toBe(
            agendaIds(a).includes(d.lensId) && agendaIds(b).includes(d.lensId),
          )
          const expected =
            d.currentDelta === null
              ? 'unknown'
              : d.currentDelta > 0
                ? 'up'
                : d.currentDelta < 0
                  ? 'down'
                  : 'same'
          expect(d.moved).toBe(expected)
        }
      }),
    )
  })
})

describe('determinism', () => {
  it('every view is the same whatever the order of the records', () => {
    fc.assert(
      fc.property(
        anySnapshotArb.chain((s) => fc.tuple(fc.constant(s), shuffledArb(s))),
        ([snapshot, shuffled]) => {
          expect(everyView(shuffled)).toEqual(everyView(snapshot))
          expect(workshopDeltas(shuffled, snapshot)).toEqual(workshopDeltas(snapshot, snapshot))
        },
      ),
    )
  })

  it('duplicate records resolve the same way in either order: the latest edit wins', () => {
    const snapshot = build({
      lensIds: ['a'],
      people: ['Ana'],
      ratings: [[0, 'a', 'current', 2]],
      consensus: [['a', 'current', 3, true]],
    })
    const [rating] = snapshot.ratings as [Rating]
    const [agreed] = snapshot.consensus as [Consensus]
    const newer = {
      ratings: [{ ...rating, value: 4 as const, updatedAt: 5 }],
      consensus: [{ ...agreed, value: 2 as const, updatedAt: 5 }],
    }
    const one = {
      ...snapshot,
      ratings: [...snapshot.ratings, ...newer.ratings],
      consensus: [...snapshot.consensus, ...newer.consensus],
    }
    const two = {
      ...snapshot,
      ratings: [...newer.ratings, ...snapshot.ratings],
      consensus: [...newer.consensus, ...snapshot.consensus],
    }
    expect(everyView(one)).toEqual(everyView(two))
    expect(radarSeries(one)[0]?.current).toBe(2)
    expect(participantRadar(one, 'p-1')[0]?.current).toBe(4)
  })
})

describe('earlierWorkshopOf', () => {
  it('keeps what a later workshop needs to compare itself, and compares the same as the original', () => {
    fc.assert(
      fc.property(anySnapshotArb, anySnapshotArb, fc.boolean(), (earlier, later, fromList) => {
        const copy = earlierWorkshopOf(earlier, fromList, 42)
        expect(copy).toMatchObject({
          workshopId: fromList ? earlier.workshop.id : null,
          title: earlier.workshop.title,
          date: earlier.workshop.date,
          takenAt: 42,
        })
        expect(copy.lenses).toEqual(radarSeries(earlier))
        // Through the copy, the deltas are the ones of the whole workshop.
        expect(lensDeltas(copy.lenses, radarSeries(later))).toEqual(workshopDeltas(earlier, later))
        // It is a copy: JSON round trip (the session file) changes nothing.
        expect(JSON.parse(JSON.stringify(copy))).toEqual(copy)
        // Each committed bet keeps the lens it was about, by id and with its title then.
        for (const kept of copy.bets) {
          const bet = earlier.bets.find((b) => b.id === kept.id)
          const lens = earlier.workshop.template.lenses.find((l) => l.id === bet?.lensId)
          expect(kept.lens).toEqual(lens ? { id: lens.id, title: lens.title } : null)
        }
      }),
      { numRuns: 50 },
    )
  })
})

describe('earlierBetLens', () => {
  const bet = (lens: EarlierBet['lens']): EarlierBet => ({
    id: 'b',
    title: 'Bet',
    hypothesis: '',
    owner: '',
    horizon: '',
    review: { outcome: null, learning: '' },
    ...(lens === undefined ? {} : { lens }),
  })
  const template = makeTemplate(['strategy', 'funding'])

  it('names a shared lens with this workshop’s title, and another as the earlier named it', () => {
    const here = template.lenses[0]!
    expect(earlierBetLens(bet({ id: here.id, title: 'Old wording' }), template)).toEqual({
      title: here.title,
      here: true,
    })
    expect(earlierBetLens(bet({ id: 'culture', title: 'Culture' }), template)).toEqual({
      title: 'Culture',
      here: false,
    })
  })

  it('is null for a bet about no lens, and for copies taken before bets carried one', () => {
    expect(earlierBetLens(bet(null), template)).toBeNull()
    expect(earlierBetLens(bet(undefined), template)).toBeNull()
  })
})
