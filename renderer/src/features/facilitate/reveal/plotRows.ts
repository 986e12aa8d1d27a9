/**
 * The rows of the reveal's dot plot, one per level and one for "unsure", each with the people
 * who chose it in the room's order. Names are left out entirely for an anonymous workshop, so
 * no component below can show them by mistake.
 */
import type { MaturityLevel, RatingValue } from '@shared/domain'
import type { Round } from '../rating/round'

export interface PlotRow {
  value: RatingValue
  /** The level's label; empty for the unsure row, which the caller names. */
  label: string
  count: number
  /** Empty when the workshop is anonymous. */
  names: string[]
}

export function plotRows(round: Round): PlotRow[] {
  const rows: PlotRow[] = [
    ...round.lens.scale.map((level) => ({
      value: level.level as MaturityLevel | 'unsure',
      label: level.label,
      count: 0,
      names: [] as string[],
    })),
    { value: 'unsure' as const, label: '', count: 0, names: [] },
  ]
  for (const participant of round.participants) {
    const rating = round.ratings.get(participant.id)
    const row = rating && rows.find((r) => r.value === rating.value)
    if (!row) continue
    row.count += 1
    if (!round.anonymous) row.names.push(participant.name)
  }
  return rows
}

export function ratingValues(round: Round): RatingValue[] {
  return [...round.ratings.values()].map((r) => r.value)
}
