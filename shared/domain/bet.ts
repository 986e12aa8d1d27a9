/** Bets: the commitments a workshop ends with, each a hypothesis with its risk and upside. */
import type { LensId } from './lens'

export const BET_STATUSES = ['proposed', 'committed', 'parked', 'done', 'dropped'] as const
export type BetStatus = (typeof BET_STATUSES)[number]

export interface Bet {
  id: string
  workshopId: string
  title: string
  /** "We believe that ..." */
  hypothesis: string
  risk: string
  upside: string
  /** A participant's name or anyone else's. */
  owner: string
  horizon: string
  size: string
  lensId: LensId | null
  /** Keys of the teams on the map that this bet changes (see teamMap.ts); in map order. */
  teamKeys: string[]
  status: BetStatus
  /** ISO date (YYYY-MM-DD) or null. */
  reviewDate: string | null
  order: number
  createdAt: number
  updatedAt: number
}
