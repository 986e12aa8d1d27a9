/**
 * One lens in one state (a "round"): who is in the room, what each of them rated, the agreed
 * score and whether the ratings are shown. The rate and reveal steps both read the open
 * workshop through this, so they can never disagree about what is hidden.
 */
import { useMemo } from 'react'
import {
  findLens,
  type Consensus,
  type LensDefinition,
  type LensId,
  type Participant,
  type Rating,
  type RatingState,
} from '@shared/domain'
import { useSession } from '../../../store/context'
import type { SessionData } from '../../../store/session/sessionData'

export interface Round {
  lens: LensDefinition
  /** In the order the facilitator set on the Prepare tab. */
  participants: Participant[]
  /** By participant id; only people still in the room count. */
  ratings: ReadonlyMap<string, Rating>
  consensus: Consensus | undefined
  revealed: boolean
  anonymous: boolean
}

export function roundOf(data: SessionData, lensId: LensId, state: RatingState): Round | null {
  const lens = findLens(data.workshop.template, lensId)
  if (!lens) return null
  const participants = [...data.participants].sort((a, b) => a.order - b.order)
  const present = new Set(participants.map((p) => p.id))
  const ratings = new Map(
    data.ratings
      .filter((r) => r.lensId === lensId && r.state === state && present.has(r.participantId))
      .map((r) => [r.participantId, r]),
  )
  const consensus = data.consensus.find((c) => c.lensId === lensId && c.state === state)
  return {
    lens,
    participants,
    ratings,
    consensus,
    revealed: consensus?.revealed ?? false,
    anonymous: data.workshop.anonymous,
  }
}

export function useRound(lensId: LensId, state: RatingState): Round | null {
  const data = useSession((s) => s.data)
  return useMemo(() => (data ? roundOf(data, lensId, state) : null), [data, lensId, state])
}
