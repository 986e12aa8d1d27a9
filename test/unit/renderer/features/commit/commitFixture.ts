/**
 * Shared by the commit tests, of the store and of the views: on top of the workshop fixture, bets
 * and votes as records of its workshop (the report fixtures' builders, made at the test clock's
 * start), opening the workshop with them stored, and axe's findings on a rendered view.
 */
import type { Bet, BetStatus, Vote, Workshop } from '@shared/domain'
import { makeBet, makeVote } from '../../../shared/report/fixtures'
import { START_TIME } from '../../helpers'
import { workshopFixture } from '../../workshopFixture'

export interface Stored {
  bets?: Bet[]
  votes?: Vote[]
  /** Fields of the workshop itself, e.g. the voting settings or an earlier workshop. */
  workshop?: Partial<Workshop>
}

/** Registers the set-up and tear-down of each test; call once at the top of a test file. */
export function commitFixture() {
  const room = workshopFixture()

  return Object.assign(room, {
    /** A bet of this workshop, titled after its id unless `extra` says otherwise. */
    bet(id: string, status: BetStatus, order: number, extra: Partial<Bet> = {}): Bet {
      const made = { workshopId: room.workshop.id, createdAt: START_TIME, updatedAt: START_TIME }
      return makeBet(id, status, order, { ...made, ...extra })
    },

    vote(participantId: string, betId: string, dots: number): Vote {
      const made = { workshopId: room.workshop.id, updatedAt: START_TIME }
      return makeVote(participantId, betId, dots, made)
    },

    /** Stores what is given, then opens the workshop, so the session holds it. */
    async open({ bets = [], votes = [], workshop }: Stored = {}) {
      await room.db.bets.bulkAdd(bets)
      await room.db.votes.bulkAdd(votes)
      if (workshop) await room.db.workshops.update(room.workshop.id, workshop)
      await room.services.workshop.actions.open(room.workshop.id)
    },
  })
}

export { axeViolations } from '../../axe'
