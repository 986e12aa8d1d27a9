/**
 * Builds the report model from an open workshop: the agenda decides which lenses appear and in
 * which order, and a state's ratings are copied only once the room has seen them. An anonymous
 * workshop's ratings carry no name and are reordered so their order cannot name anyone either.
 */
import {
  agendaSchedule,
  cardsInColumn,
  disagreement,
  lensDeltas,
  radarSeries,
  rankGaps,
  findLens,
  gap as gapOf,
  parseClockTime,
  RATING_STATES,
  summarize,
  type LensDefinition,
  type LensId,
  type Participant,
  type RatingState,
  type RatingValue,
} from '../domain'
import type {
  LensProgress,
  ReportAgenda,
  ReportCard,
  ReportExtras,
  ReportLensSection,
  ReportModel,
  ReportOverviewRow,
  ReportRating,
  ReportSource,
  ReportStateSection,
} from './reportModel'
import { reportBets, reportReview } from './betsReport'
import { reportTeamMap } from './teamMapReport'

interface AgendaLens {
  lens: LensDefinition
  minutes: number
  plannedStart: string | null
}

/** Agenda items whose lens is in the frozen template; a lens off the agenda is not reported. */
function agendaLenses(source: ReportSource): AgendaLens[] {
  const { agenda, template, startTime } = source.workshop
  const schedule = agendaSchedule(agenda, startTime)
  return agenda.flatMap((item, index) => {
    const lens = findLens(template, item.lensId)
    return lens ? [{ lens, minutes: item.minutes, plannedStart: schedule[index] ?? null }] : []
  })
}

function orderedParticipants(source: ReportSource): Participant[] {
  return [...source.participants].sort((a, b) => a.order - b.order)
}

function consensusOf(source: ReportSource, lensId: LensId, state: RatingState) {
  return source.consensus.find((c) => c.lensId === lensId && c.state === state)
}

function keyShiftOf(source: ReportSource, lensId: LensId): string {
  return source.gapNotes.find((g) => g.lensId === lensId)?.keyShift.trim() ?? ''
}

const VALUE_RANK = (value: RatingValue) => (value === 'unsure' ? 6 : value)

function compareAnonymous(a: ReportRating, b: ReportRating): number {
  return (
    VALUE_RANK(a.value) - VALUE_RANK(b.value) || (a.note < b.note ? -1 : a.note > b.note ? 1 : 0)
  )
}

function stateSection(
  source: ReportSource,
  people: readonly Participant[],
  lensId: LensId,
  state: RatingState,
): ReportStateSection {
  const consensus = consensusOf(source, lensId, state)
  const value = consensus?.value ?? null
  // Only people still in the room count, in the room's order, as the reveal step shows them.
  const byPerson = new Map(
    source.ratings
      .filter((r) => r.lensId === lensId && r.state === state)
      .map((r) => [r.participantId, r]),
  )
  const rated = people.flatMap((person) => {
    const rating = byPerson.get(person.id)
    return rating ? [{ person, rating }] : []
  })
  const participantCount = people.length
  if (!consensus?.revealed)
    return { state, revealed: false, consensus: value, ratedCount: rated.length, participantCount }

  const anonymous = source.workshop.anonymous
  const ratings: ReportRating[] = rated.map(({ person, rating }) =>
    anonymous
      ? { value: rating.value, note: rating.note.trim() }
      : { name: person.name, value: rating.value, note: rating.note.trim() },
  )
  if (anonymous) ratings.sort(compareAnonymous)
  return {
    state,
    revealed: true,
    consensus: value,
    summary: summarize(rated.map(({ rating }) => rating.value)),
    ratings,
    participantCount,
  }
}

function cardsOf(source: ReportSource, lensId: LensId, column: RatingState): ReportCard[] {
  const lensCards = source.cards.filter((card) => card.lensId === lensId)
  return cardsInColumn(lensCards, column).map((card) => ({ text: card.text, tags: [...card.tags] }))
}

function progressOf(
  section: Omit<ReportLensSection, 'progress'>,
  source: ReportSource,
): LensProgress {
  const { current, target } = section.states
  if (current.consensus !== null && target.consensus !== null) return 'agreed'
  const touched =
    source.ratings.some((r) => r.lensId === section.lensId) ||
    source.consensus.some((c) => c.lensId === section.lensId && (c.revealed || c.value !== null)) ||
    section.cards.current.length + section.cards.target.length > 0 ||
    section.keyShift !== ''
  return touched ? 'inProgress' : 'notStarted'
}

function lensSection(
  source: ReportSource,
  people: readonly Participant[],
  { lens }: AgendaLens,
  index: number,
): ReportLensSection {
  const states = {
    current: stateSection(source, people, lens.id, 'current'),
    target: stateSection(source, people, lens.id, 'target'),
  }
  const base = {
    lensId: lens.id,
    number: index + 1,
    title: lens.title,
    coreQuestion: lens.coreQuestion,
    scale: lens.scale.map((level) => ({ ...level })),
    states,
    cards: {
      current: cardsOf(source, lens.id, 'current'),
      target: cardsOf(source, lens.id, 'target'),
    },
    gap: gapOf(states.current.consensus, states.target.consensus),
    keyShift: keyShiftOf(source, lens.id),
  }
  return { ...base, progress: progressOf(base, source) }
}

function overviewRow(section: ReportLensSection): ReportOverviewRow {
  return {
    lensId: section.lensId,
    title: section.title,
    current: section.states.current.consensus,
    target: section.states.target.consensus,
    gap: section.gap,
    keyShift: section.keyShift,
    progress: section.progress,
  }
}

function agendaOf(
  source: ReportSource,
  lenses: readonly AgendaLens[],
  sections: readonly ReportLensSection[],
): ReportAgenda {
  const { startTime, endTime } = source.workshop
  return {
    startTime: parseClockTime(startTime) === null ? null : startTime,
    endTime: parseClockTime(endTime) === null ? null : endTime,
    totalMinutes: lenses.reduce((sum, item) => sum + item.minutes, 0),
    items: lenses.map((item, index) => ({
      lensId: item.lens.id,
      title: item.lens.title,
      minutes: item.minutes,
      plannedStart: item.plannedStart,
      progress: sections[index]?.progress ?? 'notStarted',
    })),
  }
}

/** The compare views' parts, each left out (null) while it would be empty. */
function extrasOf(source: ReportSource): ReportExtras {
  const radar = radarSeries(source)
  const ranked = rankGaps(source).filter((row) => row.rank !== null)
  // A lens is in the disagreement summary once the room has seen any of its ratings.
  const seen = disagreement(source).filter(
    (lens) => lens.current.range !== null || lens.target.range !== null,
  )
  const { earlier } = source.workshop
  return {
    radar: radar.some((p) => p.current !== null || p.target !== null) ? radar : null,
    gapRanking: ranked.length > 0 ? ranked : null,
    disagreement: seen.length > 0 ? seen : null,
    overTime: earlier
      ? {
          title: earlier.title,
          organisation: earlier.organisation,
          date: earlier.date,
          fromFile: earlier.workshopId === null,
          deltas: lensDeltas(earlier.lenses, radar),
        }
      : null,
    bets: reportBets(source),
    review: reportReview(source),
    teamMap: reportTeamMap(source.mapElements, source.workshop.template),
  }
}

export function buildReport(source: ReportSource, generatedAt: string): ReportModel {
  const { workshop } = source
  const people = orderedParticipants(source)
  const lenses = agendaLenses(source)
  const sections = lenses.map((item, index) => lensSection(source, people, item, index))
  return {
    cover: {
      title: workshop.title,
      organisation: workshop.organisation,
      date: workshop.date,
      facilitator: workshop.facilitator,
      participants: people.map((p) => ({ name: p.name, role: p.role })),
      anonymous: workshop.anonymous,
      generatedAt,
    },
    agenda: agendaOf(source, lenses, sections),
    overview: sections.map(overviewRow),
    lenses: sections,
    extras: extrasOf(source),
  }
}

/** Both states of a lens, in the order the workshop walks them. */
export function stateSections(section: ReportLensSection): ReportStateSection[] {
  return RATING_STATES.map((state) => section.states[state])
}
