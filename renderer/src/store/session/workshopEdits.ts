/**
 * The edits a facilitator makes to the open workshop, as plain async functions: each builds its
 * record changes from the current data, refuses what is invalid, and commits the rest as one
 * undoable step. Components call these; they never build changes themselves.
 */
import type {
  AgendaItem,
  LensId,
  MaturityLevel,
  RatingState,
  RatingValue,
  StepRef,
  Workshop,
} from '@shared/domain'
import type { DetailsErrors } from '@shared/schema/workshopDetails'
import { validateWorkshopDetails } from '../validateDetails'
import type { WorkshopDetails } from '@shared/domain'
import type { RecordChange, RecordFactory } from '../../db'
import * as edits from './edits'
import type { SessionData } from './sessionData'
import type { SessionStore } from './sessionStore'
import { createBetEdits } from './commit/betEdits'
import { createPriorityEdits } from './commit/priorityEdits'
import { createVoteEdits } from './commit/voteEdits'
import { createMapEdits } from './map/mapEdits'
import { createTemplateEdits } from './template/templateEdits'

export type EditOutcome<P = never> = { ok: true } | { ok: false; problem: P | 'writeFailed' }

/** What a group of edits needs to build and commit its changes as one undoable step. */
export interface EditContext {
  records: RecordFactory
  /** Builds changes that may be refused with a problem; `mergeKey` merges repeats into one step. */
  commitResult<P>(
    build: (d: SessionData) => edits.EditResult<P>,
    mergeKey?: string,
  ): Promise<EditOutcome<P>>
  commitChanges(build: (d: SessionData) => RecordChange[]): Promise<EditOutcome>
}

export function createWorkshopEdits(session: SessionStore, records: RecordFactory) {
  const { store, actions } = session

  function data(): SessionData | null {
    return store.getState().data
  }

  async function commit(changes: RecordChange[], mergeKey?: string): Promise<EditOutcome> {
    return (await actions.commit(changes, { mergeKey }))
      ? { ok: true }
      : { ok: false, problem: 'writeFailed' }
  }

  async function commitResult<P>(
    build: (d: SessionData) => edits.EditResult<P>,
    mergeKey?: string,
  ): Promise<EditOutcome<P>> {
    const d = data()
    if (!d) return { ok: false, problem: 'writeFailed' }
    const result = build(d)
    return result.ok ? commit(result.changes, mergeKey) : result
  }

  async function commitChanges(build: (d: SessionData) => RecordChange[]): Promise<EditOutcome> {
    const d = data()
    return d ? commit(build(d)) : { ok: false, problem: 'writeFailed' }
  }

  const context: EditContext = { records, commitResult, commitChanges }

  return {
    /** Title, organisation, date, facilitator: validated as a whole; invalid changes nothing. */
    async updateDetails(
      details: WorkshopDetails,
    ): Promise<EditOutcome<never> | { ok: false; errors: DetailsErrors }> {
      const validation = await validateWorkshopDetails(details)
      if (!validation.ok) return { ok: false, errors: validation.errors }
      return commitChanges((d) => edits.editWorkshop(d, validation.value, records))
    },

    // The workshop itself: settings, clock times, agenda.
    updateWorkshop: (
      patch: Partial<Pick<Workshop, 'anonymous' | 'startTime' | 'endTime' | 'earlier'>>,
    ) => commitChanges((d) => edits.editWorkshop(d, patch, records)),
    setAgenda: (agenda: AgendaItem[]) =>
      commitChanges((d) => edits.editWorkshop(d, { agenda }, records)),

    // Participants.
    addParticipant: (name: string, role = '') =>
      commitResult((d) => edits.addParticipant(d, name, role, records)),
    /** Adds every new name of a pasted list in one undoable step; says what was skipped. */
    async addParticipantList(text: string) {
      const d = data()
      if (!d) return { ok: false as const, added: [], skipped: [] }
      const { changes, added, skipped } = edits.addParticipantList(d, text, records)
      const outcome = await commit(changes)
      return { ok: outcome.ok, added, skipped }
    },
    updateParticipant: (participantId: string, patch: { name?: string; role?: string }) =>
      commitResult((d) => edits.updateParticipant(d, participantId, patch)),
    moveParticipant: (from: number, to: number) =>
      commitChanges((d) => edits.moveParticipant(d, from, to)),
    removeParticipant: (participantId: string) =>
      commitChanges((d) => edits.removeParticipant(d, participantId)),

    // Ratings, reveal, consensus, gap.
    rate: (participantId: string, lensId: LensId, state: RatingState, value: RatingValue) =>
      commitResult((d) => edits.rate(d, participantId, lensId, state, value, records)),
    /** A rating a phone sent, with its note: one undoable step. */
    rateWithNote: (
      participantId: string,
      lensId: LensId,
      state: RatingState,
      value: RatingValue,
      note: string,
    ) =>
      commitResult((d) =>
        edits.rateWithNote(d, participantId, lensId, state, value, note, records),
      ),
    clearRating: (participantId: string, lensId: LensId, state: RatingState) =>
      commitChanges((d) => edits.clearRating(d, participantId, lensId, state)),
    setRatingNote: (participantId: string, lensId: LensId, state: RatingState, note: string) =>
      commitChanges((d) => edits.setRatingNote(d, participantId, lensId, state, note, records)),
    setRevealed: (lensId: LensId, state: RatingState, revealed: boolean) =>
      commitChanges((d) => edits.setRevealed(d, lensId, state, revealed, records)),
    setConsensus: (lensId: LensId, state: RatingState, value: MaturityLevel | null) =>
      commitResult(
        (d) => edits.setConsensus(d, lensId, state, value, records),
        `consensus:${lensId}:${state}`,
      ),
    setKeyShift: (lensId: LensId, keyShift: string) =>
      commitChanges((d) => edits.setKeyShift(d, lensId, keyShift, records)),

    // Cards.
    addCard: (lensId: LensId, column: RatingState, text: string, tags: string[] = []) =>
      commitResult((d) => edits.addCard(d, lensId, column, text, tags, records)),
    updateCard: (cardId: string, patch: { text?: string; tags?: string[] }) =>
      commitResult((d) => edits.updateCard(d, cardId, patch, records)),
    removeCard: (cardId: string) => commitChanges((d) => edits.removeCard(d, cardId)),
    moveCard: (cardId: string, toColumn: RatingState, toIndex: number) =>
      commitChanges((d) => edits.placeCard(d, cardId, toColumn, toIndex, records)),

    // Commit: bets, dot voting, their priority, and the review of an earlier workshop's bets.
    ...createBetEdits(context),
    ...createVoteEdits(context),
    ...createPriorityEdits(context),

    // The team map: today's and the target one.
    ...createMapEdits(context),

    // The workshop's own copy of its template, edited in Prepare.
    ...createTemplateEdits(context),

    // Navigation and history.
    goTo: (position: StepRef) => actions.goTo(position),
    undo: () => actions.undo(),
    redo: () => actions.redo(),
  }
}

export type WorkshopEdits = ReturnType<typeof createWorkshopEdits>
