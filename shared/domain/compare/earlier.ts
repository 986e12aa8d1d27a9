/**
 * The earlier workshop this one is compared with. Its agreed scores are copied when the
 * facilitator picks it, so the comparison travels with the workshop: into the session file, the
 * PDF summary and onto another laptop, even where the earlier workshop itself is not stored.
 */
import type { Bet } from '../bet'
import type { LensId } from '../lens'
import { findLens, type Template } from '../template'
import type { RadarPoint } from './overTime'
import { radarSeries } from './overTime'
import type { CompareSource } from './records'

/** How a bet the earlier workshop committed to turned out, as the room reviews it. */
export const REVIEW_OUTCOMES = ['done', 'ongoing', 'dropped'] as const
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number]

export interface BetReview {
  /** null until the room has said. */
  outcome: ReviewOutcome | null
  /** What the team learned from it, in a sentence or two. */
  learning: string
}

/** A bet the earlier workshop committed to, kept for this workshop to review. */
export interface EarlierBet {
  id: string
  title: string
  hypothesis: string
  owner: string
  horizon: string
  /**
   * The lens the bet was about, as the earlier workshop named it; null when it named none. Absent
   * in copies taken before bets carried it. Its id is matched against this workshop's lenses.
   */
  lens?: { id: LensId; title: string } | null
  review: BetReview
}

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
  /** The bets it committed to, in its priority order, each with this workshop's review. */
  bets: EarlierBet[]
}

function lensOf(template: Template, lensId: LensId | null): EarlierBet['lens'] {
  const lens = lensId === null ? undefined : findLens(template, lensId)
  return lens ? { id: lens.id, title: lens.title } : null
}

/**
 * The lens an earlier bet was about, as this workshop sees it: one of its own lenses (by id,
 * with this workshop's title), or a lens only the earlier workshop had, named as it was there.
 */
export function earlierBetLens(
  bet: EarlierBet,
  template: Template,
): { title: string; here: boolean } | null {
  if (!bet.lens) return null
  const here = findLens(template, bet.lens.id)
  return here ? { title: here.title, here: true } : { title: bet.lens.title, here: false }
}

/** The copy of `source` that a later workshop keeps to compare itself with. */
export function earlierWorkshopOf(
  source: CompareSource & { bets: readonly Bet[] },
  fromList: boolean,
  takenAt: number,
): EarlierWorkshop {
  const { workshop } = source
  const committed = source.bets
    .filter((bet) => bet.status === 'committed')
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    workshopId: fromList ? workshop.id : null,
    title: workshop.title,
    organisation: workshop.organisation,
    date: workshop.date,
    takenAt,
    lenses: radarSeries(source),
    bets: committed.map((bet) => ({
      id: bet.id,
      title: bet.title,
      hypothesis: bet.hypothesis,
      owner: bet.owner,
      horizon: bet.horizon,
      lens: lensOf(workshop.template, bet.lensId),
      review: { outcome: null, learning: '' },
    })),
  }
}
