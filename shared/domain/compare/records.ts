/**
 * What the compare views read from a snapshot: the agenda lenses, the people in the room in their
 * order, and, for each lens, the agreed scores and the ratings the room has already seen. A
 * state's ratings are read only once its consensus is revealed, so a hidden rating can never
 * reach a compare view. Duplicate records (a damaged file) are resolved the same way whatever
 * their order: the latest edit wins, then the greatest id, then the hidden / lower value.
 */
import type { LensId, MaturityLevel } from '../lens'
import { isMaturityLevel } from '../lens'
import type { Participant } from '../participant'
import type { Consensus, GapNote, Rating, RatingState, RatingValue } from '../rating'
import { isRatingValue } from '../rating'
import type { WorkshopSnapshot } from '../snapshot'
import { findLens } from '../template'

/** What the compare views read: a snapshot, the open workshop and the report source all fit. */
export interface CompareSource {
  workshop: WorkshopSnapshot['workshop']
  participants: readonly Participant[]
  ratings: readonly Rating[]
  consensus: readonly Consensus[]
  gapNotes: readonly GapNote[]
}

export interface CompareLens {
  lensId: LensId
  title: string
}

/** Code-unit order: localeCompare calls some distinct strings equal. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Agenda items whose lens is in the frozen template, first occurrence only, in agenda order. */
export function agendaLenses(snapshot: CompareSource): CompareLens[] {
  const { agenda, template } = snapshot.workshop
  const seen = new Set<LensId>()
  return agenda.flatMap((item) => {
    const lens = findLens(template, item.lensId)
    if (!lens || seen.has(lens.id)) return []
    seen.add(lens.id)
    return [{ lensId: lens.id, title: lens.title }]
  })
}

/** The people in the room by their order, ties by id. */
export function orderedParticipants(snapshot: CompareSource): Participant[] {
  return [...snapshot.participants].sort((a, b) => a.order - b.order || compareStrings(a.id, b.id))
}

/** FNV-1a over the id's code units: a fixed order that says nothing about the facilitator's. */
function scrambleKey(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
  return hash
}

/**
 * The order people are shown in by the compare views. Named: the facilitator's order. Anonymous:
 * a fixed order scrambled from their ids, so rows cannot be matched against the participant list.
 */
export function roomOrder(snapshot: CompareSource): Participant[] {
  const people = orderedParticipants(snapshot)
  if (!snapshot.workshop.anonymous) return people
  return people.sort((a, b) => scrambleKey(a.id) - scrambleKey(b.id) || compareStrings(a.id, b.id))
}

/** The name to show: '' in an anonymous workshop. */
export function displayName(snapshot: CompareSource, participant: Participant): string {
  return snapshot.workshop.anonymous ? '' : participant.name
}

/** Keeps, per key, the record that `wins` over every other with that key. */
function latestBy<T>(
  records: readonly T[],
  key: (record: T) => string,
  wins: (a: T, b: T) => boolean,
): Map<string, T> {
  const result = new Map<string, T>()
  for (const record of records) {
    const k = key(record)
    const held = result.get(k)
    if (held === undefined || wins(record, held)) result.set(k, record)
  }
  return result
}

function newer(a: { updatedAt: number; id: string }, b: { updatedAt: number; id: string }): number {
  return a.updatedAt - b.updatedAt || compareStrings(a.id, b.id)
}

const valueRank = (value: unknown): number =>
  value === 'unsure' ? 6 : typeof value === 'number' ? value : 0

const stateKey = (lensId: LensId, state: RatingState) => JSON.stringify([lensId, state])

/** Read access to one snapshot's agreed scores, key shifts and revealed ratings. */
export interface CompareRecords {
  /** The agreed score, or null when not agreed (or not a level). */
  agreed(lensId: LensId, state: RatingState): MaturityLevel | null
  revealed(lensId: LensId, state: RatingState): boolean
  keyShift(lensId: LensId): string
  /** One person's rating, only when that state is revealed; null otherwise or when not rated. */
  revealedRating(participantId: string, lensId: LensId, state: RatingState): RatingValue | null
}

export function compareRecords(snapshot: CompareSource): CompareRecords {
  const consensus = latestBy<Consensus>(
    snapshot.consensus,
    (c) => stateKey(c.lensId, c.state),
    (a, b) => {
      const order = newer(a, b)
      if (order !== 0) return order > 0
      // Same edit, same id: a hidden one wins, then the lower value, so the order never decides.
      if (a.revealed !== b.revealed) return !a.revealed
      return valueRank(a.value) < valueRank(b.value)
    },
  )
  const gapNotes = latestBy<GapNote>(
    snapshot.gapNotes,
    (g) => g.lensId,
    (a, b) => {
      const order = newer(a, b)
      return order !== 0 ? order > 0 : compareStrings(a.keyShift, b.keyShift) < 0
    },
  )
  const ratings = latestBy<Rating>(
    snapshot.ratings,
    (r) => JSON.stringify([r.participantId, r.lensId, r.state]),
    (a, b) => {
      const order = newer(a, b)
      return order !== 0 ? order > 0 : valueRank(a.value) < valueRank(b.value)
    },
  )
  const consensusOf = (lensId: LensId, state: RatingState) => consensus.get(stateKey(lensId, state))
  return {
    agreed(lensId, state) {
      const value = consensusOf(lensId, state)?.value
      return isMaturityLevel(value) ? value : null
    },
    revealed(lensId, state) {
      return consensusOf(lensId, state)?.revealed === true
    },
    keyShift(lensId) {
      return gapNotes.get(lensId)?.keyShift.trim() ?? ''
    },
    revealedRating(participantId, lensId, state) {
      if (consensusOf(lensId, state)?.revealed !== true) return null
      const value = ratings.get(JSON.stringify([participantId, lensId, state]))?.value
      return isRatingValue(value) ? value : null
    },
  }
}
