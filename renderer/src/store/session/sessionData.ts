/**
 * Everything about one open workshop, held in memory while the facilitator runs it, and the
 * pure function that brings it in line with a list of record changes.
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
import { resultOf, type RecordChange, type SessionTable } from '../../db'

export interface SessionData {
  workshop: Workshop
  participants: Participant[]
  ratings: Rating[]
  consensus: Consensus[]
  cards: Card[]
  gapNotes: GapNote[]
  /**
   * Loaded in priority order, but edits change `order` in place without moving a bet in this
   * list: read the order through betsInGroup (betOrder), never from the list.
   */
  bets: Bet[]
  votes: Vote[]
  /** Both team maps; read one through teamMapOf. */
  mapElements: MapElement[]
}

type ListTable = Exclude<SessionTable, 'workshops'>

interface ListChange<T> {
  id: string
  before: T | undefined
  after: T | undefined
}

function applyToList<T extends { id: string }>(list: T[], c: ListChange<T>): T[] {
  const index = list.findIndex((r) => r.id === c.id)
  const current = index === -1 ? undefined : list[index]
  const next = resultOf<T>(current, c.before, c.after)
  if (next === undefined) return index === -1 ? list : list.filter((r) => r.id !== c.id)
  if (index === -1) return [...list, next]
  return list.map((r, i) => (i === index ? next : r))
}

export function applyChanges(data: SessionData, changes: readonly RecordChange[]): SessionData {
  let next = data
  for (const c of changes) {
    if (c.table === 'workshops') {
      const workshop = resultOf(next.workshop, c.before, c.after)
      if (workshop) next = { ...next, workshop }
      continue
    }
    const table: ListTable = c.table
    next = {
      ...next,
      [table]: applyToList(next[table] as { id: string }[], c as ListChange<{ id: string }>),
    }
  }
  return next
}
