/**
 * The earlier workshop this one is compared with. Its agreed scores are copied when the
 * facilitator picks it, so the comparison travels with the workshop: into the session file, the
 * PDF summary and onto another laptop, even where the earlier workshop itself is not stored.
 */
import type { RadarPoint } from './overTime'
import { radarSeries } from './overTime'
import type { CompareSource } from './records'

export interface EarlierWorkshop {
  /** The workshop in this app's list it was taken from; null when it came from a session file. */
  workshopId: string | null
  title: string
  organisation: string
  /** ISO calendar date, or '' when the earlier workshop had none. */
  date: string
  /** When the facilitator picked it (ms since the epoch). */
  takenAt: number
  /** Its agreed scores per lens, in its own agenda order. */
  lenses: RadarPoint[]
}

/** The copy of `source` that a later workshop keeps to compare itself with. */
export function earlierWorkshopOf(
  source: CompareSource,
  fromList: boolean,
  takenAt: number,
): EarlierWorkshop {
  const { workshop } = source
  return {
    workshopId: fromList ? workshop.id : null,
    title: workshop.title,
    organisation: workshop.organisation,
    date: workshop.date,
    takenAt,
    lenses: radarSeries(source),
  }
}
