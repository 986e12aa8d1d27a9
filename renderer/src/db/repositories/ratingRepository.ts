/**
 * Ratings and consensus scores: the room's decisions. Impossible values are refused before
 * anything is written.
 */
import {
  consensusId,
  isMaturityLevel,
  isRatingValue,
  ratingId,
  type Consensus,
  type LensId,
  type MaturityLevel,
  type Rating,
  type RatingState,
  type RatingValue,
} from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'
import { touchWorkshop } from './touch'

/** Any value as text for a message, even one whose toString is broken or hostile. */
function describeValue(value: unknown): string {
  try {
    return String(value)
  } catch {
    return `something of type ${typeof value}`
  }
}

export class InvalidScoreError extends Error {
  constructor(value: unknown) {
    super(`A score must be a whole number from 1 to 5, got ${describeValue(value)}`)
    this.name = 'InvalidScoreError'
  }
}

export interface RatingInput {
  workshopId: string
  participantId: string
  lensId: LensId
  state: RatingState
  value: RatingValue
  note?: string
}

export function createRatingRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  return {
    listForWorkshop(workshopId: string): Promise<Rating[]> {
      return db.ratings.where({ workshopId }).toArray()
    },

    async set(input: RatingInput): Promise<Rating> {
      if (!isRatingValue(input.value)) throw new InvalidScoreError(input.value)
      return db.transaction('rw', db.ratings, db.workshops, async () => {
        const id = ratingId(input.participantId, input.lensId, input.state)
        const previous = await db.ratings.get(id)
        const rating: Rating = {
          id,
          workshopId: input.workshopId,
          participantId: input.participantId,
          lensId: input.lensId,
          state: input.state,
          value: input.value,
          note: input.note ?? previous?.note ?? '',
          updatedAt: records.now(),
        }
        await db.ratings.put(rating)
        await touchWorkshop(db, input.workshopId, rating.updatedAt)
        return rating
      })
    },

    async clear(workshopId: string, participantId: string, lensId: LensId, state: RatingState) {
      await db.transaction('rw', db.ratings, db.workshops, async () => {
        await db.ratings.delete(ratingId(participantId, lensId, state))
        await touchWorkshop(db, workshopId, records.now())
      })
    },

    listConsensus(workshopId: string): Promise<Consensus[]> {
      return db.consensus.where({ workshopId }).toArray()
    },

    async setConsensus(
      workshopId: string,
      lensId: LensId,
      state: RatingState,
      value: MaturityLevel | null,
    ): Promise<Consensus> {
      if (value !== null && !isMaturityLevel(value)) throw new InvalidScoreError(value)
      return db.transaction('rw', db.consensus, db.workshops, async () => {
        const id = consensusId(workshopId, lensId, state)
        const previous = await db.consensus.get(id)
        const consensus: Consensus = {
          id,
          workshopId,
          lensId,
          state,
          value,
          revealed: previous?.revealed ?? false,
          updatedAt: records.now(),
        }
        await db.consensus.put(consensus)
        await touchWorkshop(db, workshopId, consensus.updatedAt)
        return consensus
      })
    },
  }
}

export type RatingRepository = ReturnType<typeof createRatingRepository>
