/**
 * How differently the people in the room see each lens: a heatmap of their revealed ratings and
 * personal gaps, and per lens the spread, the people furthest from the agreed score, and whether
 * the room agrees on the scores but not on the gap between them.
 */
import type { LensId } from '../lens'
import type { RatingState } from '../rating'
import { agendaLenses, compareRecords, displayName, roomOrder, type CompareSource } from './records'

/** null = not rated or not revealed. */
export type HeatValue = number | 'unsure' | null

export interface HeatCell {
  current: HeatValue
  target: HeatValue
  /** Own target - own current when both are numeric. */
  gap: number | null
}

export interface HeatmapRow {
  participantId: string
  /** '' in anonymous workshops. */
  name: string
  cells: Record<LensId, HeatCell>
}

/** One row per participant (in room order: see roomOrder), only REVEALED ratings (consensus.revealed for that lens and state), agenda lenses only. */
export function heatmap(snapshot: CompareSource): HeatmapRow[] {
  const records = compareRecords(snapshot)
  const lenses = agendaLenses(snapshot)
  return roomOrder(snapshot).map((person) => {
    const cells: Record<LensId, HeatCell> = {}
    for (const { lensId } of lenses) {
      const current = records.revealedRating(person.id, lensId, 'current')
      const target = records.revealedRating(person.id, lensId, 'target')
      const gap =
        typeof current === 'number' && typeof target === 'number' ? target - current : null
      // Lens ids are arbitrary text ('__proto__' too): define, never assign.
      Object.defineProperty(cells, lensId, {
        value: { current, target, gap },
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return { participantId: person.id, name: displayName(snapshot, person), cells }
  })
}

export interface FurthestPerson {
  participantId: string
  /** '' in anonymous workshops. */
  name: string
  distance: number
}

export interface StateDisagreement {
  /** max - min of the revealed numeric ratings; null when there are none. */
  range: number | null
  /** Everyone tied at the largest distance (at least 1) from the agreed score, participant order. */
  furthest: FurthestPerson[]
}

export interface LensDisagreement {
  lensId: string
  title: string
  current: StateDisagreement
  target: StateDisagreement
  /** max - min of personal gaps. */
  gapRange: number | null
  agreesOnScoreNotGap: boolean
}

/** Spread wider than this means the room does not agree. */
const AGREED_RANGE = 1
/** Personal gaps spanning this much or more mean the room does not agree on the gap. */
const GAP_DISAGREEMENT = 2

function rangeOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.max(...values) - Math.min(...values)
}

function cellOf(row: HeatmapRow, lensId: LensId): HeatCell | undefined {
  return Object.hasOwn(row.cells, lensId) ? row.cells[lensId] : undefined
}

function stateDisagreement(
  rows: readonly HeatmapRow[],
  lensId: LensId,
  state: RatingState,
  agreed: number | null,
): StateDisagreement {
  const rated = rows.flatMap((row) => {
    const value = cellOf(row, lensId)?.[state]
    return typeof value === 'number' ? [{ row, value }] : []
  })
  const range = rangeOf(rated.map(({ value }) => value))
  if (agreed === null) return { range, furthest: [] }
  const distances = rated.map(({ row, value }) => ({ row, distance: Math.abs(value - agreed) }))
  const max = Math.max(0, ...distances.map(({ distance }) => distance))
  const furthest =
    max < 1
      ? []
      : distances
          .filter(({ distance }) => distance === max)
          .map(({ row, distance }) => ({
            participantId: row.participantId,
            name: row.name,
            distance,
          }))
  return { range, furthest }
}

/** Per agenda lens: spread (range) of revealed ratings per state; the people furthest from the agreed score (all tied at the max distance, distance >= 1; names '' when anonymous; empty when no consensus); personal-gap range; the flag: both states have range <= 1 (room agrees on the scores) but the personal gaps span >= 2. */
export function disagreement(snapshot: CompareSource): LensDisagreement[] {
  const records = compareRecords(snapshot)
  const rows = heatmap(snapshot)
  return agendaLenses(snapshot).map(({ lensId, title }) => {
    const current = stateDisagreement(rows, lensId, 'current', records.agreed(lensId, 'current'))
    const target = stateDisagreement(rows, lensId, 'target', records.agreed(lensId, 'target'))
    const gapRange = rangeOf(
      rows.flatMap((row) => {
        const gap = cellOf(row, lensId)?.gap
        return typeof gap === 'number' ? [gap] : []
      }),
    )
    const agreesOnScoreNotGap =
      current.range !== null &&
      current.range <= AGREED_RANGE &&
      target.range !== null &&
      target.range <= AGREED_RANGE &&
      gapRange !== null &&
      gapRange >= GAP_DISAGREEMENT
    return { lensId, title, current, target, gapRange, agreesOnScoreNotGap }
  })
}
