/**
 * What the room sees of one step of a lens: the question and scale, how many have rated, the
 * revealed spread, the gap. A state's ratings are read only through compareRecords, which hands
 * out a rating only once its state is revealed; a rating's note is never read at all.
 */
import { compareRecords, orderedParticipants } from './compare/records'
import { cardsInColumn } from './cardOrder'
import type { LensDefinition, MaturityLevel } from './lens'
import type { RatingState, RatingValue } from './rating'
import { gap, summarize, type Spread } from './scoring'
import type { WorkshopSnapshot } from './snapshot'
import { stateOfStep, type LensStep } from './steps'

export interface RoomScaleLevel {
  level: MaturityLevel
  label: string
  description: string
}

export interface RoomCard {
  text: string
  tags: string[]
}

/** One row of the revealed distribution; `names` is empty in an anonymous workshop. */
export interface RoomLevel {
  level: MaturityLevel | 'unsure'
  /** The scale's label; empty for "unsure", which the screen names. */
  label: string
  count: number
  names: string[]
}

export type RoomContent =
  | {
      kind: 'introduce'
      coreQuestion: string
      prompts: string[]
      scale: RoomScaleLevel[]
    }
  /** While people rate: how many have, never what. The scale helps them choose. */
  | { kind: 'rate'; state: RatingState; rated: number; total: number; scale: RoomScaleLevel[] }
  /** A reveal step before the reveal: the same count, nothing more about the ratings. */
  | { kind: 'hidden'; state: RatingState; rated: number; total: number; cards: RoomCard[] }
  | {
      kind: 'revealed'
      state: RatingState
      rated: number
      total: number
      anonymous: boolean
      /** Levels 1..5 in order, then "unsure". */
      levels: RoomLevel[]
      median: number | null
      spread: Spread | null
      disagreement: boolean
      agreed: MaturityLevel | null
      cards: RoomCard[]
    }
  | {
      kind: 'gap'
      current: MaturityLevel | null
      target: MaturityLevel | null
      gap: number | null
      keyShift: string
    }

function scaleOf(lens: LensDefinition): RoomScaleLevel[] {
  return lens.scale.map(({ level, label, description }) => ({ level, label, description }))
}

function cardsOf(snapshot: WorkshopSnapshot, lensId: string, state: RatingState): RoomCard[] {
  const cards = snapshot.cards.filter((card) => card.lensId === lensId)
  return cardsInColumn(cards, state).map((card) => ({ text: card.text, tags: [...card.tags] }))
}

/**
 * How many people in the room have rated: who has a rating, never its value, so the count reads
 * the same whatever was rated.
 */
function ratedCount(snapshot: WorkshopSnapshot, lensId: string, state: RatingState): number {
  const present = new Set(snapshot.participants.map((p) => p.id))
  const rated = new Set(
    snapshot.ratings
      .filter((r) => r.lensId === lensId && r.state === state && present.has(r.participantId))
      .map((r) => r.participantId),
  )
  return rated.size
}

function revealedContent(
  snapshot: WorkshopSnapshot,
  lens: LensDefinition,
  state: RatingState,
): RoomContent {
  const records = compareRecords(snapshot)
  const anonymous = snapshot.workshop.anonymous
  const levels: RoomLevel[] = [
    ...lens.scale.map(({ level, label }): RoomLevel => ({ level, label, count: 0, names: [] })),
    { level: 'unsure', label: '', count: 0, names: [] },
  ]
  const values: RatingValue[] = []
  for (const person of orderedParticipants(snapshot)) {
    const value = records.revealedRating(person.id, lens.id, state)
    const row = value === null ? undefined : levels.find((l) => l.level === value)
    if (value === null || !row) continue
    values.push(value)
    row.count += 1
    if (!anonymous) row.names.push(person.name)
  }
  const summary = summarize(values)
  return {
    kind: 'revealed',
    state,
    rated: summary.distribution.total,
    total: snapshot.participants.length,
    anonymous,
    levels,
    median: summary.median,
    spread: summary.spread,
    disagreement: summary.disagreement,
    agreed: records.agreed(lens.id, state),
    cards: cardsOf(snapshot, lens.id, state),
  }
}

export function contentOf(
  snapshot: WorkshopSnapshot,
  lens: LensDefinition,
  step: LensStep,
): RoomContent {
  const state = stateOfStep(step)
  if (state === null) {
    if (step === 'introduce') {
      return {
        kind: 'introduce',
        coreQuestion: lens.coreQuestion,
        prompts: [...lens.prompts],
        scale: scaleOf(lens),
      }
    }
    const records = compareRecords(snapshot)
    const current = records.agreed(lens.id, 'current')
    const target = records.agreed(lens.id, 'target')
    return {
      kind: 'gap',
      current,
      target,
      gap: gap(current, target),
      keyShift: records.keyShift(lens.id),
    }
  }
  const rated = ratedCount(snapshot, lens.id, state)
  const total = snapshot.participants.length
  if (step === 'rate-current' || step === 'rate-target') {
    return { kind: 'rate', state, rated, total, scale: scaleOf(lens) }
  }
  if (compareRecords(snapshot).revealed(lens.id, state)) {
    return revealedContent(snapshot, lens, state)
  }
  return { kind: 'hidden', state, rated, total, cards: cardsOf(snapshot, lens.id, state) }
}
