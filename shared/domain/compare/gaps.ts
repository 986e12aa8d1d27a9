/** Gap ranking: where the room's agreed target is furthest from its agreed current state. */
import { gap as gapOf } from '../scoring'
import { agendaLenses, compareRecords, type CompareSource } from './records'

export interface RankedGap {
  lensId: string
  title: string
  current: number | null
  target: number | null
  gap: number | null
  keyShift: string
  /** 1-based among lenses with a gap; null when no gap. */
  rank: number | null
}

/** Agenda lenses ordered by gap, largest first; ties by larger target, then agenda order; lenses without a gap last in agenda order. Uses agreed (consensus) scores only. */
export function rankGaps(snapshot: CompareSource): RankedGap[] {
  const records = compareRecords(snapshot)
  const rows = agendaLenses(snapshot).map(({ lensId, title }, index) => {
    const current = records.agreed(lensId, 'current')
    const target = records.agreed(lensId, 'target')
    const gap = gapOf(current, target)
    return {
      index,
      row: { lensId, title, current, target, gap, keyShift: records.keyShift(lensId) },
    }
  })
  const ranked = rows
    .filter(({ row }) => row.gap !== null)
    .sort(
      (a, b) =>
        (b.row.gap ?? 0) - (a.row.gap ?? 0) ||
        (b.row.target ?? 0) - (a.row.target ?? 0) ||
        a.index - b.index,
    )
    .map(({ row }, index): RankedGap => ({ ...row, rank: index + 1 }))
  const unranked = rows
    .filter(({ row }) => row.gap === null)
    .map(({ row }): RankedGap => ({ ...row, rank: null }))
  return [...ranked, ...unranked]
}
