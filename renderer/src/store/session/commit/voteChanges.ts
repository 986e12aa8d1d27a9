/**
 * The record changes of dot voting, as pure functions of the open workshop: one person's dots on
 * one bet, the dots each person has, the reveal, and clearing the round. Whatever would leave a
 * person over budget is refused here, with nothing written.
 */
import {
  checkDots,
  isVotedOn,
  lowestDotsPerPerson,
  MAX_DOTS_PER_PERSON,
  MIN_DOTS_PER_PERSON,
  voteId,
  type DotsProblem,
  type VotingSettings,
} from '@shared/domain'
import { change, type RecordChange, type RecordFactory } from '../../../db'
import type { EditResult } from '../edits'
import type { SessionData } from '../sessionData'

export type SetDotsProblem = DotsProblem | 'unknownParticipant' | 'unknownBet' | 'notVotedOn'
export type DotsPerPersonProblem = 'notWhole' | 'outOfRange' | 'belowSpent'

const done = (changes: RecordChange[]): EditResult<never> => ({ ok: true, changes })

function votingChange(
  data: SessionData,
  patch: Partial<VotingSettings>,
  records: RecordFactory,
): RecordChange[] {
  const { workshop } = data
  const voting = { ...workshop.voting, ...patch }
  if (
    voting.dotsPerPerson === workshop.voting.dotsPerPerson &&
    voting.revealed === workshop.voting.revealed
  )
    return []
  return [change('workshops', workshop, { ...workshop, voting, updatedAt: records.now() })]
}

/**
 * Puts `dots` of a person's dots on one bet; 0 takes the vote away. A parked, done or dropped bet
 * takes no new dots, though dots already on it may still be taken off.
 */
export function setDots(
  data: SessionData,
  participantId: string,
  betId: string,
  dots: number,
  records: RecordFactory,
): EditResult<SetDotsProblem> {
  if (!data.participants.some((p) => p.id === participantId))
    return { ok: false, problem: 'unknownParticipant' }
  const bet = data.bets.find((b) => b.id === betId)
  if (!bet) return { ok: false, problem: 'unknownBet' }
  const budget = data.workshop.voting.dotsPerPerson
  const verdict = checkDots(data.votes, participantId, betId, dots, budget)
  if (verdict !== 'ok') return { ok: false, problem: verdict }
  const id = voteId(participantId, betId)
  const before = data.votes.find((v) => v.id === id)
  if ((before?.dots ?? 0) === dots) return done([])
  if (dots > (before?.dots ?? 0) && !isVotedOn(bet)) return { ok: false, problem: 'notVotedOn' }
  if (dots === 0) return done(before ? [change('votes', before, undefined)] : [])
  const after = {
    id,
    workshopId: data.workshop.id,
    participantId,
    betId,
    dots,
    updatedAt: records.now(),
  }
  return done([change('votes', before, after)])
}

/** Refused below what someone already spent, so nobody is left over budget. */
export function setDotsPerPerson(
  data: SessionData,
  dotsPerPerson: number,
  records: RecordFactory,
): EditResult<DotsPerPersonProblem> {
  if (!Number.isInteger(dotsPerPerson)) return { ok: false, problem: 'notWhole' }
  if (dotsPerPerson < MIN_DOTS_PER_PERSON || dotsPerPerson > MAX_DOTS_PER_PERSON)
    return { ok: false, problem: 'outOfRange' }
  if (dotsPerPerson < lowestDotsPerPerson(data.votes)) return { ok: false, problem: 'belowSpent' }
  return done(votingChange(data, { dotsPerPerson }, records))
}

export function setVotesRevealed(
  data: SessionData,
  revealed: boolean,
  records: RecordFactory,
): RecordChange[] {
  return votingChange(data, { revealed }, records)
}

/** Every vote of the workshop; the settings and the reveal stay as they are. */
export function clearVotes(data: SessionData): RecordChange[] {
  return data.votes.map((v) => change('votes', v, undefined))
}
