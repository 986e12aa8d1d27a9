/**
 * Participants of a workshop. Removing one takes their ratings along and hands back everything
 * removed, so that undo can put it all back exactly.
 */
import type { Participant, Rating } from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'
import { byOrder, nextOrder, touchWorkshop } from './touch'

export interface RemovedParticipant {
  participant: Participant
  ratings: Rating[]
}

export function createParticipantRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  const tables = [db.participants, db.ratings, db.workshops]

  return {
    async listForWorkshop(workshopId: string): Promise<Participant[]> {
      return (await db.participants.where({ workshopId }).toArray()).sort(byOrder)
    },

    async add(workshopId: string, name: string, role = ''): Promise<Participant> {
      return db.transaction('rw', tables, async () => {
        const existing = await db.participants.where({ workshopId }).toArray()
        const participant: Participant = {
          id: records.newId(),
          workshopId,
          name,
          role,
          order: nextOrder(existing),
        }
        await db.participants.add(participant)
        await touchWorkshop(db, workshopId, records.now())
        return participant
      })
    },

    async update(id: string, patch: Partial<Pick<Participant, 'name' | 'role' | 'order'>>) {
      await db.transaction('rw', tables, async () => {
        const participant = await db.participants.get(id)
        if (!participant) return
        await db.participants.put({ ...participant, ...patch })
        await touchWorkshop(db, participant.workshopId, records.now())
      })
    },

    async remove(id: string): Promise<RemovedParticipant | undefined> {
      return db.transaction('rw', tables, async () => {
        const participant = await db.participants.get(id)
        if (!participant) return undefined
        const ratings = await db.ratings.where({ workshopId: participant.workshopId }).toArray()
        const theirs = ratings.filter((r) => r.participantId === id)
        await db.ratings.bulkDelete(theirs.map((r) => r.id))
        await db.participants.delete(id)
        await touchWorkshop(db, participant.workshopId, records.now())
        return { participant, ratings: theirs }
      })
    },

    async restore(removed: RemovedParticipant): Promise<void> {
      await db.transaction('rw', tables, async () => {
        await db.participants.put(removed.participant)
        await db.ratings.bulkPut(removed.ratings)
        await touchWorkshop(db, removed.participant.workshopId, records.now())
      })
    },
  }
}

export type ParticipantRepository = ReturnType<typeof createParticipantRepository>
