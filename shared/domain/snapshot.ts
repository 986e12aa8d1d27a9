/**
 * A whole workshop as plain data: the workshop with its frozen template and every record that
 * belongs to it. It is what a session file holds and what a duplicate copies, so re-identifying
 * one (new ids for everything, references kept intact) is done here, once.
 */
import type { Bet } from './bet'
import type { Card } from './card'
import type { Participant } from './participant'
import type { Consensus, GapNote, Rating } from './rating'
import { voteId, type Vote } from './vote'
import { consensusId, gapNoteId, ratingId } from './rating'
import { freezeTemplate } from './template'
import type { Workshop } from './workshop'
import { mapElementId, type MapElement } from './teamMap/teamMap'

export interface WorkshopSnapshot {
  workshop: Workshop
  participants: Participant[]
  ratings: Rating[]
  consensus: Consensus[]
  cards: Card[]
  gapNotes: GapNote[]
  bets: Bet[]
  votes: Vote[]
  /** Both team maps; keys stay as they are in a copy, so the copy's diff is the original's. */
  mapElements: MapElement[]
}

/**
 * An independent copy under new ids: the workshop, participants, cards and bets get ids from
 * `newId` (in that order); ratings, consensus, gap notes and votes get the deterministic ids that follow
 * from them, map elements the ids that follow from their keys. A copy is a new run, so it starts unedited, undeleted, at the beginning, untimed.
 */
export function reidentifySnapshot(
  snapshot: WorkshopSnapshot,
  newId: () => string,
  now: number,
  title?: string,
): WorkshopSnapshot {
  const source = snapshot.workshop
  const workshopId = newId()
  const workshop: Workshop = {
    ...source,
    id: workshopId,
    title: title ?? source.title,
    template: freezeTemplate(source.template),
    agenda: source.agenda.map((item) => ({ ...item })),
    position: null,
    timer: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  }
  const participantIds = new Map(snapshot.participants.map((p) => [p.id, newId()]))
  const participants = snapshot.participants.map((p) => ({
    ...p,
    id: participantIds.get(p.id) as string,
    workshopId,
  }))
  const cards = snapshot.cards.map((c) => ({ ...c, id: newId(), workshopId, tags: [...c.tags] }))
  const betIds = new Map(snapshot.bets.map((b) => [b.id, newId()]))
  const bets = snapshot.bets.map((b) => ({
    ...b,
    id: betIds.get(b.id) as string,
    workshopId,
    teamKeys: [...b.teamKeys],
  }))

  // A rating whose participant is not in the workshop belongs to no one in the copy; keeping its
  // old participant id would reuse the source's rating id and clash with it.
  const ratings = snapshot.ratings.flatMap((r): Rating[] => {
    const participantId = participantIds.get(r.participantId)
    if (participantId === undefined) return []
    return [{ ...r, id: ratingId(participantId, r.lensId, r.state), participantId, workshopId }]
  })
  const consensus = snapshot.consensus.map((c) => ({
    ...c,
    id: consensusId(workshopId, c.lensId, c.state),
    workshopId,
  }))
  const gapNotes = snapshot.gapNotes.map((g) => ({
    ...g,
    id: gapNoteId(workshopId, g.lensId),
    workshopId,
  }))
  // As with ratings: a vote for a bet or by a person not in the workshop belongs to nothing.
  const votes = snapshot.votes.flatMap((v): Vote[] => {
    const participantId = participantIds.get(v.participantId)
    const betId = betIds.get(v.betId)
    if (participantId === undefined || betId === undefined) return []
    return [{ ...v, id: voteId(participantId, betId), participantId, betId, workshopId }]
  })
  const mapElements = snapshot.mapElements.map((e) => ({
    ...e,
    id: mapElementId(workshopId, e.side, e.kind, e.key),
    workshopId,
  }))
  return { workshop, participants, ratings, consensus, cards, gapNotes, bets, votes, mapElements }
}
