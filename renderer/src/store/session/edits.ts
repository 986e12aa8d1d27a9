/**
 * Every edit of an open workshop, as a pure function from the current data to record changes.
 * Validation lives here too: an edit that is not allowed returns a problem and no changes.
 */
import {
  consensusId,
  gapNoteId,
  isMaturityLevel,
  isRatingValue,
  moveCard,
  moveItem,
  normaliseName,
  parseNameList,
  ratingId,
  validateParticipantName,
  type Card,
  type LensId,
  type MaturityLevel,
  type NameProblem,
  type Participant,
  type RatingState,
  type RatingValue,
  type Workshop,
} from '@shared/domain'
import { change, type RecordChange, type RecordFactory } from '../../db'
import type { SessionData } from './sessionData'

export type EditResult<P = never> =
  { ok: true; changes: RecordChange[] } | { ok: false; problem: P }

const done = (changes: RecordChange[]): EditResult<never> => ({ ok: true, changes })

export function editWorkshop(
  data: SessionData,
  patch: Partial<Omit<Workshop, 'id'>>,
  records: RecordFactory,
): RecordChange[] {
  return [
    change('workshops', data.workshop, { ...data.workshop, ...patch, updatedAt: records.now() }),
  ]
}

// Ratings and the reveal ---------------------------------------------------------------------

export function rate(
  data: SessionData,
  participantId: string,
  lensId: LensId,
  state: RatingState,
  value: RatingValue,
  records: RecordFactory,
): EditResult<'invalidScore'> {
  // A score typed on the laptop keeps the note already there.
  const before = data.ratings.find((r) => r.id === ratingId(participantId, lensId, state))
  return rateWithNote(data, participantId, lensId, state, value, before?.note ?? '', records)
}

/**
 * A rating and its note together, as one edit: what a phone sends arrives whole, so one undo
 * takes it back whole. Nothing changes when both are already so.
 */
export function rateWithNote(
  data: SessionData,
  participantId: string,
  lensId: LensId,
  state: RatingState,
  value: RatingValue,
  note: string,
  records: RecordFactory,
): EditResult<'invalidScore'> {
  if (!isRatingValue(value)) return { ok: false, problem: 'invalidScore' }
  const id = ratingId(participantId, lensId, state)
  const before = data.ratings.find((r) => r.id === id)
  if (before?.value === value && before.note === note) return done([])
  const after = {
    id,
    workshopId: data.workshop.id,
    participantId,
    lensId,
    state,
    value,
    note,
    updatedAt: records.now(),
  }
  return done([change('ratings', before, after)])
}

export function clearRating(
  data: SessionData,
  participantId: string,
  lensId: LensId,
  state: RatingState,
): RecordChange[] {
  const before = data.ratings.find((r) => r.id === ratingId(participantId, lensId, state))
  return before ? [change('ratings', before, undefined)] : []
}

export function setRatingNote(
  data: SessionData,
  participantId: string,
  lensId: LensId,
  state: RatingState,
  note: string,
  records: RecordFactory,
): RecordChange[] {
  const before = data.ratings.find((r) => r.id === ratingId(participantId, lensId, state))
  if (!before || before.note === note) return []
  return [change('ratings', before, { ...before, note, updatedAt: records.now() })]
}

function consensusRecord(data: SessionData, lensId: LensId, state: RatingState, now: number) {
  const id = consensusId(data.workshop.id, lensId, state)
  const before = data.consensus.find((c) => c.id === id)
  const base = before ?? {
    id,
    workshopId: data.workshop.id,
    lensId,
    state,
    value: null,
    revealed: false,
    updatedAt: now,
  }
  return { before, base }
}

export function setRevealed(
  data: SessionData,
  lensId: LensId,
  state: RatingState,
  revealed: boolean,
  records: RecordFactory,
): RecordChange[] {
  const { before, base } = consensusRecord(data, lensId, state, records.now())
  if (base.revealed === revealed) return []
  return [change('consensus', before, { ...base, revealed, updatedAt: records.now() })]
}

export function setConsensus(
  data: SessionData,
  lensId: LensId,
  state: RatingState,
  value: MaturityLevel | null,
  records: RecordFactory,
): EditResult<'invalidScore'> {
  if (value !== null && !isMaturityLevel(value)) return { ok: false, problem: 'invalidScore' }
  const { before, base } = consensusRecord(data, lensId, state, records.now())
  if (before?.value === value) return done([])
  return done([change('consensus', before, { ...base, value, updatedAt: records.now() })])
}

export function setKeyShift(
  data: SessionData,
  lensId: LensId,
  keyShift: string,
  records: RecordFactory,
): RecordChange[] {
  const id = gapNoteId(data.workshop.id, lensId)
  const before = data.gapNotes.find((g) => g.id === id)
  if ((before?.keyShift ?? '') === keyShift) return []
  const after = { id, workshopId: data.workshop.id, lensId, keyShift, updatedAt: records.now() }
  return [change('gapNotes', before, after)]
}

// Cards --------------------------------------------------------------------------------------

export const CARD_MAX_LENGTH = 500

export function addCard(
  data: SessionData,
  lensId: LensId,
  column: RatingState,
  text: string,
  tags: string[],
  records: RecordFactory,
): EditResult<'required' | 'tooLong'> {
  const trimmed = text.trim()
  if (!trimmed) return { ok: false, problem: 'required' }
  if (trimmed.length > CARD_MAX_LENGTH) return { ok: false, problem: 'tooLong' }
  const siblings = data.cards.filter((c) => c.lensId === lensId && c.column === column)
  const now = records.now()
  const card: Card = {
    id: records.newId(),
    workshopId: data.workshop.id,
    lensId,
    column,
    text: trimmed,
    tags,
    order: siblings.reduce((max, c) => Math.max(max, c.order), -1) + 1,
    createdAt: now,
    updatedAt: now,
  }
  return done([change('cards', undefined, card)])
}

export function updateCard(
  data: SessionData,
  cardId: string,
  patch: Partial<Pick<Card, 'text' | 'tags'>>,
  records: RecordFactory,
): EditResult<'required' | 'tooLong'> {
  const before = data.cards.find((c) => c.id === cardId)
  if (!before) return done([])
  const text = patch.text === undefined ? before.text : patch.text.trim()
  if (!text) return { ok: false, problem: 'required' }
  if (text.length > CARD_MAX_LENGTH) return { ok: false, problem: 'tooLong' }
  const after = { ...before, ...patch, text, updatedAt: records.now() }
  if (after.text === before.text && JSON.stringify(after.tags) === JSON.stringify(before.tags))
    return done([])
  return done([change('cards', before, after)])
}

export function removeCard(data: SessionData, cardId: string): RecordChange[] {
  const before = data.cards.find((c) => c.id === cardId)
  return before ? [change('cards', before, undefined)] : []
}

export function placeCard(
  data: SessionData,
  cardId: string,
  toColumn: RatingState,
  toIndex: number,
  records: RecordFactory,
): RecordChange[] {
  const card = data.cards.find((c) => c.id === cardId)
  if (!card) return []
  const lensCards = data.cards.filter((c) => c.lensId === card.lensId)
  const now = records.now()
  return moveCard(lensCards, cardId, toColumn, toIndex).flatMap((position) => {
    const before = lensCards.find((c) => c.id === position.id)
    if (!before) return []
    return [
      change('cards', before, {
        ...before,
        column: position.column,
        order: position.order,
        updatedAt: now,
      }),
    ]
  })
}

// Participants -------------------------------------------------------------------------------

const otherNames = (data: SessionData, exceptId?: string) =>
  data.participants.filter((p) => p.id !== exceptId).map((p) => p.name)

export function addParticipant(
  data: SessionData,
  name: string,
  role: string,
  records: RecordFactory,
): EditResult<NameProblem> {
  const normalised = normaliseName(name)
  const problem = validateParticipantName(normalised, otherNames(data))
  if (problem) return { ok: false, problem }
  const participant: Participant = {
    id: records.newId(),
    workshopId: data.workshop.id,
    name: normalised,
    role: role.trim(),
    order: data.participants.reduce((max, p) => Math.max(max, p.order), -1) + 1,
  }
  return done([change('participants', undefined, participant)])
}

export function addParticipantList(data: SessionData, text: string, records: RecordFactory) {
  const parsed = parseNameList(text, otherNames(data))
  const first = data.participants.reduce((max, p) => Math.max(max, p.order), -1) + 1
  const changes = parsed.names.map((name, i) =>
    change('participants', undefined, {
      id: records.newId(),
      workshopId: data.workshop.id,
      name,
      role: '',
      order: first + i,
    }),
  )
  return { changes, added: parsed.names, skipped: parsed.skipped }
}

export function updateParticipant(
  data: SessionData,
  participantId: string,
  patch: { name?: string; role?: string },
): EditResult<NameProblem> {
  const before = data.participants.find((p) => p.id === participantId)
  if (!before) return done([])
  const name = patch.name === undefined ? before.name : normaliseName(patch.name)
  const problem = validateParticipantName(name, otherNames(data, participantId))
  if (problem) return { ok: false, problem }
  const role = patch.role === undefined ? before.role : patch.role.trim()
  if (name === before.name && role === before.role) return done([])
  return done([change('participants', before, { ...before, name, role })])
}

/** Participants in order, with `from` moved to `to`; only those whose position changed. */
export function moveParticipant(data: SessionData, from: number, to: number): RecordChange[] {
  const ordered = [...data.participants].sort((a, b) => a.order - b.order)
  return moveItem(ordered, from, to).flatMap((p, order) =>
    p.order === order ? [] : [change('participants', p, { ...p, order })],
  )
}

/** The participant, every rating they gave and every dot they spent, so undo brings all back. */
export function removeParticipant(data: SessionData, participantId: string): RecordChange[] {
  const participant = data.participants.find((p) => p.id === participantId)
  if (!participant) return []
  const ratings = data.ratings.filter((r) => r.participantId === participantId)
  const votes = data.votes.filter((v) => v.participantId === participantId)
  return [
    ...ratings.map((r) => change('ratings', r, undefined)),
    ...votes.map((v) => change('votes', v, undefined)),
    change('participants', participant, undefined),
  ]
}
