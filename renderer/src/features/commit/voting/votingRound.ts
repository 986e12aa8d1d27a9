/**
 * The voting round as the view reads it: the people in order, the bets open to a vote, who spent
 * what, and whether the count is shown. Every part of the view reads the workshop through this,
 * so none of them can show more than the round allows.
 */
import {
  dotsSpentBy,
  isVotedOn,
  type Bet,
  type Participant,
  type Vote,
  type VotingSettings,
} from '@shared/domain'
import type { SessionData } from '../../../store/session/sessionData'

export interface VotingRound extends VotingSettings {
  /** In the order the facilitator set on the Prepare tab. */
  participants: Participant[]
  /** Every bet of the workshop, in bet order. */
  bets: Bet[]
  /** Proposed and committed bets: the ones the room spends dots on. */
  openBets: Bet[]
  /** Votes by people still in the room for bets that still exist. */
  votes: Vote[]
  /** Dots spent by participant id. */
  spent: ReadonlyMap<string, number>
  anonymous: boolean
}

export function votingRoundOf(data: SessionData): VotingRound {
  const participants = [...data.participants].sort((a, b) => a.order - b.order)
  const bets = [...data.bets].sort((a, b) => a.order - b.order)
  const people = new Set(participants.map((p) => p.id))
  const betIds = new Set(bets.map((b) => b.id))
  const votes = data.votes.filter((v) => people.has(v.participantId) && betIds.has(v.betId))
  return {
    ...data.workshop.voting,
    participants,
    bets,
    openBets: bets.filter(isVotedOn),
    votes,
    spent: dotsSpentBy(votes),
    anonymous: data.workshop.anonymous,
  }
}

/** One person's dots by bet id: what proxy entry shows for the person being entered. */
export function dotsOf(round: VotingRound, participantId: string): ReadonlyMap<string, number> {
  return new Map(
    round.votes.filter((v) => v.participantId === participantId).map((v) => [v.betId, v.dots]),
  )
}

/** The first person (in order) who spent the most dots, or null when nobody spent any. */
export function topSpender(round: VotingRound): { name: string; spent: number } | null {
  let top: { name: string; spent: number } | null = null
  for (const p of round.participants) {
    const spent = round.spent.get(p.id) ?? 0
    if (spent > 0 && spent > (top?.spent ?? 0)) top = { name: p.name, spent }
  }
  return top
}
