/**
 * Edits of an open workshop as record changes: each names a record's state before and after.
 * One mechanism writes them, and undo is the same write with before and after swapped, so no
 * edit needs undo code of its own.
 */
import type {
  Bet,
  Card,
  Consensus,
  GapNote,
  MapElement,
  Participant,
  Rating,
  Vote,
  Workshop,
} from '@shared/domain'

export interface SessionRecords {
  workshops: Workshop
  participants: Participant
  ratings: Rating
  consensus: Consensus
  cards: Card
  gapNotes: GapNote
  bets: Bet
  votes: Vote
  mapElements: MapElement
}

export type SessionTable = keyof SessionRecords

/** undefined before: the record is created; undefined after: it is deleted. */
export type RecordChange = {
  [K in SessionTable]: {
    table: K
    id: string
    before: SessionRecords[K] | undefined
    after: SessionRecords[K] | undefined
  }
}[SessionTable]

export function change<K extends SessionTable>(
  table: K,
  before: SessionRecords[K] | undefined,
  after: SessionRecords[K] | undefined,
): RecordChange {
  const id = (after ?? before)?.id
  if (id === undefined) throw new Error('A change needs a record before or after')
  return { table, id, before, after } as RecordChange
}

/** The changes that take a workshop back to where it was before `changes`. */
export function invertChanges(changes: readonly RecordChange[]): RecordChange[] {
  return [...changes]
    .reverse()
    .map((c) => ({ ...c, before: c.after, after: c.before }) as RecordChange)
}

/**
 * The record a change leaves behind, given the record as it is now. Only the fields the change
 * touched are set, so undoing an agenda edit does not also rewind the facilitator's position.
 */
export function resultOf<T extends object>(
  current: T | undefined,
  before: T | undefined,
  after: T | undefined,
): T | undefined {
  if (after === undefined) return undefined
  if (before === undefined || current === undefined) return after
  const patch: Partial<T> = {}
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key]
  }
  return { ...current, ...patch }
}

/**
 * Two lists of changes as one: each record goes from its state before the first list to its
 * state after the second.
 */
export function mergeChanges(
  first: readonly RecordChange[],
  second: readonly RecordChange[],
): RecordChange[] {
  const merged = [...first]
  for (const c of second) {
    const index = merged.findIndex((m) => m.table === c.table && m.id === c.id)
    if (index === -1) merged.push(c)
    else merged[index] = { ...c, before: merged[index]!.before } as RecordChange
  }
  return merged
}

/** Whether a list of changes changes anything at all. */
export function isEffective(changes: readonly RecordChange[]): boolean {
  return changes.some((c) => JSON.stringify(c.before) !== JSON.stringify(c.after))
}
