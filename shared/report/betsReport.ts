/**
 * The bets part of the summary: what the room committed to (in priority order, above the commit
 * line), what waits below it, the parking lot, and the bets already closed; with the dot count
 * once the votes were revealed, and the review of an earlier workshop's bets. Votes stay in the
 * room until revealed, and never say who voted for what.
 */
import {
  betsInGroup,
  earlierBetLens,
  findLens,
  rankGaps,
  tallyVotes,
  teamNames,
  type Bet,
  type BetStatus,
  type EarlierBet,
} from '../domain'
import type { ReportSource } from './reportModel'

export interface ReportBet {
  id: string
  title: string
  hypothesis: string
  risk: string
  upside: string
  owner: string
  horizon: string
  size: string
  /** The linked lens's title, or null. */
  lens: string | null
  /** The linked lens's agreed gap, or null. */
  gap: number | null
  /** Names of the teams on the map it changes, as the target calls them. */
  teams: string[]
  status: BetStatus
  reviewDate: string | null
  /** Dots the room put on it; null while the votes are hidden. */
  dots: number | null
  /** Shares its dot count with another bet (only once revealed). */
  tied: boolean
}

export interface ReportBets {
  /** Above the commit line, in priority order. */
  committed: ReportBet[]
  /** Below the line, in priority order. */
  waiting: ReportBet[]
  parked: ReportBet[]
  /** Done or dropped. */
  closed: ReportBet[]
  voting: {
    revealed: boolean
    dotsPerPerson: number
    /** People who spent at least one dot; 0 while hidden. */
    voters: number
  }
}

export interface ReportReviewBet extends EarlierBet {
  /** The lens it was about, as this workshop sees it (see earlierBetLens); null for none. */
  aboutLens: { title: string; here: boolean } | null
}

export interface ReportReview {
  /** The earlier workshop's title. */
  title: string
  bets: ReportReviewBet[]
}

type BetsSource = Pick<
  ReportSource,
  | 'workshop'
  | 'participants'
  | 'ratings'
  | 'consensus'
  | 'gapNotes'
  | 'bets'
  | 'votes'
  | 'mapElements'
>

/** Null when the workshop has no bets at all. */
export function reportBets(source: BetsSource): ReportBets | null {
  if (source.bets.length === 0) return null
  const { workshop } = source
  const revealed = workshop.voting.revealed
  const present = new Set(source.participants.map((p) => p.id))
  const votes = source.votes.filter((v) => present.has(v.participantId))
  const tally = new Map(tallyVotes(source.bets, votes).map((row) => [row.betId, row]))
  const gaps = new Map(rankGaps(source).map((row) => [row.lensId, row.gap]))

  const toReport = (bet: Bet): ReportBet => {
    const lens = bet.lensId === null ? undefined : findLens(workshop.template, bet.lensId)
    const count = tally.get(bet.id)
    return {
      id: bet.id,
      title: bet.title,
      hypothesis: bet.hypothesis.trim(),
      risk: bet.risk.trim(),
      upside: bet.upside.trim(),
      owner: bet.owner.trim(),
      horizon: bet.horizon.trim(),
      size: bet.size.trim(),
      lens: lens?.title ?? null,
      // rankGaps covers agenda lenses only: a lens off the agenda has no gap to show.
      gap: lens ? (gaps.get(lens.id) ?? null) : null,
      teams: teamNames(source.mapElements, bet.teamKeys),
      status: bet.status,
      reviewDate: bet.reviewDate,
      dots: revealed ? (count?.dots ?? 0) : null,
      tied: revealed && (count?.tied ?? false),
    }
  }
  const closed = source.bets
    .filter((bet) => bet.status === 'done' || bet.status === 'dropped')
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    committed: betsInGroup(source.bets, 'committed').map(toReport),
    waiting: betsInGroup(source.bets, 'proposed').map(toReport),
    parked: betsInGroup(source.bets, 'parked').map(toReport),
    closed: closed.map(toReport),
    voting: {
      revealed,
      dotsPerPerson: workshop.voting.dotsPerPerson,
      voters: revealed ? new Set(votes.map((v) => v.participantId)).size : 0,
    },
  }
}

/** The earlier workshop's committed bets as this workshop reviewed them; null when none. */
export function reportReview(source: Pick<ReportSource, 'workshop'>): ReportReview | null {
  const earlier = source.workshop.earlier
  if (!earlier || earlier.bets.length === 0) return null
  const template = source.workshop.template
  return {
    title: earlier.title,
    bets: earlier.bets.map((bet) => ({ ...bet, aboutLens: earlierBetLens(bet, template) })),
  }
}
