/**
 * The lines every radar of the room draws, built once for the compare views, the projector and
 * the PDF: the agreed scores (today and target), and the same now beside an earlier workshop.
 * Only the words differ between those places, so the labels come in and the lines go out.
 */
import type { RadarSeries } from './RadarChart'

type Scores = { current: number | null; target: number | null }

/** The room's agreed scores, today and target, one value per lens in agenda order. */
export function agreedLines(
  points: readonly Scores[],
  labels: { today: string; target: string },
): RadarSeries[] {
  return [
    { id: 'current', label: labels.today, tone: 'current', values: points.map((p) => p.current) },
    { id: 'target', label: labels.target, tone: 'target', values: points.map((p) => p.target) },
  ]
}

/** Now and then: this workshop's agreed scores over an earlier one's, per lens. */
export function overTimeLines(
  rows: readonly { before: Scores; after: Scores }[],
  labels: { nowToday: string; nowTarget: string; thenToday: string; thenTarget: string },
): RadarSeries[] {
  const line = (
    id: string,
    label: string,
    tone: RadarSeries['tone'],
    pick: (row: { before: Scores; after: Scores }) => number | null,
  ): RadarSeries => ({ id, label, tone, values: rows.map(pick) })
  return [
    line('now-current', labels.nowToday, 'current', (r) => r.after.current),
    line('now-target', labels.nowTarget, 'target', (r) => r.after.target),
    line('then-current', labels.thenToday, 'earlierCurrent', (r) => r.before.current),
    line('then-target', labels.thenTarget, 'earlierTarget', (r) => r.before.target),
  ]
}
