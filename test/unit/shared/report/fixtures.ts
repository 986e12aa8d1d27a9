/**
 * Builders of a workshop's records, as the session store holds them: for the report tests, and
 * (bets and votes) for the commit tests of the renderer, which re-home them in their workshop.
 */
import {
  consensusId,
  gapNoteId,
  ratingId,
  voteId,
  type Bet,
  type BetStatus,
  type Card,
  type Consensus,
  type GapNote,
  type LensId,
  type MaturityLevel,
  type Participant,
  type Rating,
  type RatingState,
  type RatingValue,
  type Vote,
  type Workshop,
} from '@shared/domain'
import type { ReportSource } from '@shared/report'
import { makeTemplate } from '../domain/fixtures'

export const WORKSHOP_ID = 'w1'

export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  const template = makeTemplate(['strategy', 'discovery', 'delivery', 'people'])
  return {
    id: WORKSHOP_ID,
    title: 'Leadership offsite',
    organisation: 'Northwind',
    date: '2025-03-14',
    facilitator: 'Sam Carter',
    anonymous: false,
    startTime: '09:00',
    endTime: '12:00',
    agenda: [
      { lensId: 'discovery', minutes: 40 },
      { lensId: 'strategy', minutes: 30 },
    ],
    position: null,
    timer: null,
    voting: { dotsPerPerson: 3, revealed: false },
    earlier: null,
    template,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    ...overrides,
  }
}

export function makeParticipant(id: string, name: string, order: number, role = ''): Participant {
  return { id, workshopId: WORKSHOP_ID, name, role, order }
}

export function makeRating(
  participantId: string,
  lensId: LensId,
  state: RatingState,
  value: RatingValue,
  note = '',
): Rating {
  return {
    id: ratingId(participantId, lensId, state),
    workshopId: WORKSHOP_ID,
    participantId,
    lensId,
    state,
    value,
    note,
    updatedAt: 1,
  }
}

export function makeConsensus(
  lensId: LensId,
  state: RatingState,
  value: MaturityLevel | null,
  revealed: boolean,
): Consensus {
  return {
    id: consensusId(WORKSHOP_ID, lensId, state),
    workshopId: WORKSHOP_ID,
    lensId,
    state,
    value,
    revealed,
    updatedAt: 1,
  }
}

export function makeGapNote(lensId: LensId, keyShift: string): GapNote {
  return {
    id: gapNoteId(WORKSHOP_ID, lensId),
    workshopId: WORKSHOP_ID,
    lensId,
    keyShift,
    updatedAt: 1,
  }
}

export function makeCard(
  id: string,
  lensId: LensId,
  column: RatingState,
  text: string,
  order: number,
  tags: string[] = [],
): Card {
  return {
    id,
    workshopId: WORKSHOP_ID,
    lensId,
    column,
    text,
    tags,
    order,
    createdAt: 1,
    updatedAt: 1,
  }
}

/** A bet titled after its id, with every other text empty; `extra` sets the rest. */
export function makeBet(
  id: string,
  status: BetStatus,
  order: number,
  extra: Partial<Bet> = {},
): Bet {
  return {
    id,
    workshopId: WORKSHOP_ID,
    title: `Bet ${id}`,
    hypothesis: '',
    risk: '',
    upside: '',
    owner: '',
    horizon: '',
    size: '',
    lensId: null,
    teamKeys: [],
    status,
    reviewDate: null,
    order,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  }
}

/** One person's dots on one bet. */
export function makeVote(
  participantId: string,
  betId: string,
  dots: number,
  extra: Partial<Vote> = {},
): Vote {
  return {
    id: voteId(participantId, betId),
    workshopId: WORKSHOP_ID,
    participantId,
    betId,
    dots,
    updatedAt: 1,
    ...extra,
  }
}

export function makeSource(overrides: Partial<ReportSource> = {}): ReportSource {
  return {
    workshop: makeWorkshop(),
    participants: [],
    ratings: [],
    consensus: [],
    cards: [],
    gapNotes: [],
    bets: [],
    votes: [],
    mapElements: [],
    ...overrides,
  }
}
