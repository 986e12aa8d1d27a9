/**
 * What each person is called in the compare views: the heatmap rows, the people furthest from the
 * agreed score and the person overlaid on the radar, so "Person 3" is the same person everywhere.
 */
import type { HeatmapRow } from '@shared/domain'

/** By participant id. Anonymous rooms (and a person with no name) get "Person N" by row. */
export function roomLabels(
  rows: readonly HeatmapRow[],
  anonymous: boolean,
  personLabel: (number: number) => string,
): Map<string, string> {
  return new Map(
    rows.map((row, index) => [
      row.participantId,
      // The row order of an anonymous room is scrambled already; never fall back to a name.
      anonymous || row.name.trim() === '' ? personLabel(index + 1) : row.name,
    ]),
  )
}
