/**
 * Dot voting: each person in the room spends a few dots on the bets they believe in most. The
 * facilitator enters them on one laptop, and the room sees the count only once it is revealed.
 */
import { idPart } from './rating'

export interface Vote {
  /** voteId(participantId, betId): one record per person and bet. */
  id: string
  workshopId: string
  participantId: string
  betId: string
  /** How many of the person's dots are on this bet, at least 1. */
  dots: number
  updatedAt: number
}

/** The workshop's voting round. */
export interface VotingSettings {
  /** Dots each person may spend in total. */
  dotsPerPerson: number
  /** Whether the room has seen the count. */
  revealed: boolean
}

export const DEFAULT_DOTS_PER_PERSON = 3
export const MIN_DOTS_PER_PERSON = 1
export const MAX_DOTS_PER_PERSON = 20

export function defaultVoting(): VotingSettings {
  return { dotsPerPerson: DEFAULT_DOTS_PER_PERSON, revealed: false }
}

export function voteId(participantId: string, betId: string): string {
  return `${idPart(participantId)}:${idPart(betId)}`
}
