/** Cards: observations captured during a lens, in the current-state or target-state column. */
import type { LensId } from './lens'
import type { RatingState } from './rating'

export interface Card {
  id: string
  workshopId: string
  lensId: LensId
  column: RatingState
  text: string
  tags: string[]
  /** Position within its column, lowest first. */
  order: number
  createdAt: number
  updatedAt: number
}
