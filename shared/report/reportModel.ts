/**
 * What the PDF summary shows, decided before any layout. The print screen draws this model and
 * nothing else, so a rating still hidden in the room cannot reach paper through a component's
 * mistake: hidden values and notes are simply not in it.
 */
import type {
  Card,
  Consensus,
  GapNote,
  LensId,
  MaturityLevel,
  MaturityLevelDescription,
  Participant,
  Rating,
  RatingState,
  RatingSummary,
  RatingValue,
  Workshop,
  Bet,
  Vote,
  LensDelta,
  LensDisagreement,
  RadarPoint,
  RankedGap,
  MapElement,
} from '../domain'
import type { ReportBets, ReportReview } from './betsReport'
import type { ReportTeamMap } from './teamMapReport'

/** One open workshop, as the session store holds it. */
export interface ReportSource {
  workshop: Workshop
  participants: readonly Participant[]
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
  cards: readonly Card[]
  gapNotes: readonly GapNote[]
  bets: readonly Bet[]
  votes: readonly Vote[]
  /** Both team maps' elements. */
  mapElements: readonly MapElement[]
}

export interface ReportPerson {
  name: string
  role: string
}

export interface ReportCover {
  title: string
  organisation: string
  /** ISO calendar date (YYYY-MM-DD), or '' when none was set. */
  date: string
  facilitator: string
  /** In the facilitator's order. */
  participants: ReportPerson[]
  anonymous: boolean
  /** ISO timestamp of the export: a report taken mid-workshop says when it was taken. */
  generatedAt: string
}

/** How far the room got with a lens: the report can be taken at any point of the workshop. */
export type LensProgress = 'notStarted' | 'inProgress' | 'agreed'

export interface ReportAgendaItem {
  lensId: LensId
  title: string
  minutes: number
  /** 'HH:MM', or null when the workshop has no valid start time. */
  plannedStart: string | null
  progress: LensProgress
}

export interface ReportAgenda {
  /** 'HH:MM' or null when not planned. */
  startTime: string | null
  endTime: string | null
  totalMinutes: number
  items: ReportAgendaItem[]
}

export interface ReportOverviewRow {
  lensId: LensId
  title: string
  current: MaturityLevel | null
  target: MaturityLevel | null
  /** target - current, null unless both are agreed. */
  gap: number | null
  keyShift: string
  progress: LensProgress
}

export interface ReportRating {
  /** The participant's name; absent in an anonymous workshop, never replaced by a stand-in. */
  name?: string
  value: RatingValue
  note: string
}

export interface RevealedStateSection {
  state: RatingState
  revealed: true
  consensus: MaturityLevel | null
  summary: RatingSummary
  /**
   * Named: in the facilitator's order. Anonymous: by value, then note, so that the order
   * cannot be matched against the participant list on the cover.
   */
  ratings: ReportRating[]
  participantCount: number
}

export interface HiddenStateSection {
  state: RatingState
  revealed: false
  consensus: MaturityLevel | null
  /** How many people rated; what they rated stays in the room. */
  ratedCount: number
  participantCount: number
}

export type ReportStateSection = RevealedStateSection | HiddenStateSection

export interface ReportCard {
  text: string
  tags: string[]
}

export interface ReportLensSection {
  lensId: LensId
  /** 1-based position on the agenda. */
  number: number
  title: string
  coreQuestion: string
  scale: MaturityLevelDescription[]
  progress: LensProgress
  states: Record<RatingState, ReportStateSection>
  /** Observations of each column, in the order the room left them. */
  cards: Record<RatingState, ReportCard[]>
  gap: number | null
  keyShift: string
}

/** The earlier workshop this one was compared with, and what moved per lens since. */
export interface ReportOverTime {
  title: string
  organisation: string
  /** ISO calendar date, or ''. */
  date: string
  fromFile: boolean
  /** Lenses of both workshops: this one's agenda order, then the earlier one's leftovers. */
  deltas: LensDelta[]
}

/**
 * What the compare tab showed the room. Each part is null when the room has nothing there yet,
 * so the summary leaves it out rather than printing an empty chart.
 */
export interface ReportExtras {
  /** The agreed scores per agenda lens; null until at least one score is agreed. */
  radar: RadarPoint[] | null
  /** Lenses with both scores agreed, widest gap first (see rankGaps); null when there are none. */
  gapRanking: RankedGap[] | null
  /**
   * Per agenda lens whose ratings the room has seen: spreads, the people furthest from the
   * agreed score (nameless in an anonymous workshop) and the agrees-on-score-not-gap flag.
   */
  disagreement: LensDisagreement[] | null
  overTime: ReportOverTime | null
  /** The bets by priority, with the commit line, the parking lot and the votes; null when none. */
  bets: ReportBets | null
  /** The review of the earlier workshop's committed bets; null when there are none to review. */
  review: ReportReview | null
  /** Today's and the target team map, and what changes; null when both maps are empty. */
  teamMap: ReportTeamMap | null
}

export interface ReportModel {
  cover: ReportCover
  agenda: ReportAgenda
  /** One row per lens on the agenda, in agenda order. */
  overview: ReportOverviewRow[]
  /** One section per lens on the agenda, in agenda order. */
  lenses: ReportLensSection[]
  extras: ReportExtras
}
