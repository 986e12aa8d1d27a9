/**
 * Ratings (one person's view of one lens in one state) and the consensus the room agrees on.
 */
import type { LensId, MaturityLevel } from './lens'
import { isMaturityLevel } from './lens'

export const RATING_STATES = ['current', 'target'] as const
export type RatingState = (typeof RATING_STATES)[number]

/** A participant may say honestly that they cannot judge. */
export type RatingValue = MaturityLevel | 'unsure'

export interface Rating {
  /** Deterministic, see ratingId: one rating per participant, lens and state. */
  id: string
  workshopId: string
  participantId: string
  lensId: LensId
  state: RatingState
  value: RatingValue
  note: string
  updatedAt: number
}

export interface Consensus {
  /** Deterministic, see consensusId: one per workshop, lens and state. */
  id: string
  workshopId: string
  lensId: LensId
  state: RatingState
  /** Null until the room has agreed. */
  value: MaturityLevel | null
  /** Whether the facilitator has shown the room's ratings; until then they stay hidden. */
  revealed: boolean
  updatedAt: number
}

/** The most important shift the room wants for one lens, recorded with the gap. */
export interface GapNote {
  /** Deterministic, see gapNoteId: one per workshop and lens. */
  id: string
  workshopId: string
  lensId: LensId
  keyShift: string
  updatedAt: number
}

/**
 * One part of a composite id. "%" and ":" are percent-encoded so that no part can contain the
 * separator: "a:b" + "c" and "a" + "b:c" give different ids. Ids without those characters are
 * unchanged.
 */
export function idPart(part: string): string {
  return part.replaceAll('%', '%25').replaceAll(':', '%3A')
}

export function ratingId(participantId: string, lensId: LensId, state: RatingState): string {
  return `${idPart(participantId)}:${idPart(lensId)}:${state}`
}

export function consensusId(workshopId: string, lensId: LensId, state: RatingState): string {
  return `${idPart(workshopId)}:${idPart(lensId)}:${state}`
}

export function isRatingValue(value: unknown): value is RatingValue {
  return value === 'unsure' || isMaturityLevel(value)
}

export function gapNoteId(workshopId: string, lensId: LensId): string {
  return `${idPart(workshopId)}:${idPart(lensId)}`
}
