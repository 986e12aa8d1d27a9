/**
 * Workshops as whole aggregates: create with a frozen template, edit details, duplicate with all
 * their parts, and delete softly so that undo can bring everything back.
 */
import {
  consensusId,
  defaultAgenda,
  freezeTemplate,
  gapNoteId,
  ratingId,
  sortByLastEdited,
  type Template,
  type Workshop,
  type WorkshopDetails,
} from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'

export class WorkshopNotFoundError extends Error {
  constructor(readonly workshopId: string) {
    super(`No workshop with id ${workshopId}`)
    this.name = 'WorkshopNotFoundError'
  }
}

export function createWorkshopRepository(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  async function require(id: string): Promise<Workshop> {
    const workshop = await db.workshops.get(id)
    if (!workshop) throw new WorkshopNotFoundError(id)
    return workshop
  }

  return {
    /** Workshops not deleted, most recently edited first. */
    async listActive(): Promise<Workshop[]> {
      const all = await db.workshops.toArray()
      return sortByLastEdited(all.filter((w) => w.deletedAt === null))
    },

    get(id: string): Promise<Workshop | undefined> {
      return db.workshops.get(id)
    },

    async create(details: WorkshopDetails, template: Template): Promise<Workshop> {
      const now = records.now()
      const frozen = freezeTemplate(template)
      const workshop: Workshop = {
        id: records.newId(),
        ...details,
        anonymous: false,
        startTime: '',
        endTime: '',
        agenda: defaultAgenda(frozen),
        position: null,
        timer: null,
        template: frozen,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
      }
      await db.workshops.add(workshop)
      return workshop
    },

    async updateDetails(id: string, patch: Partial<WorkshopDetails>): Promise<Workshop> {
      return db.transaction('rw', db.workshops, async () => {
        const updated = { ...(await require(id)), ...patch, updatedAt: records.now() }
        await db.workshops.put(updated)
        return updated
      })
    },

    /** A full, independent copy: participants, ratings, consensus, cards and bets get new ids. */
    async duplicate(id: string, title: string): Promise<Workshop> {
      return db.transaction('rw', db.workshopTables, async () => {
        const source = await require(id)
        const now = records.now()
        const copy: Workshop = {
          ...source,
          id: records.newId(),
          title,
          template: freezeTemplate(source.template),
          agenda: source.agenda.map((item) => ({ ...item })),
          // A copy is a new run: it starts at the beginning, with no timer.
          position: null,
          timer: null,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        }
        const [participants, ratings, consensus, cards, bets, gapNotes] = await Promise.all([
          db.participants.where({ workshopId: id }).toArray(),
          db.ratings.where({ workshopId: id }).toArray(),
          db.consensus.where({ workshopId: id }).toArray(),
          db.cards.where({ workshopId: id }).toArray(),
          db.bets.where({ workshopId: id }).toArray(),
          db.gapNotes.where({ workshopId: id }).toArray(),
        ])
        const participantIds = new Map(participants.map((p) => [p.id, records.newId()]))
        await db.workshops.add(copy)
        await db.participants.bulkAdd(
          participants.map((p) => ({ ...p, id: participantIds.get(p.id)!, workshopId: copy.id })),
        )
        await db.ratings.bulkAdd(
          ratings.flatMap((r) => {
            // A rating whose participant is no longer in the workshop belongs to no one in the
            // copy. Keeping its old participant id would reuse the source's rating id and make
            // the whole duplicate fail on a key clash, so it stays behind.
            const participantId = participantIds.get(r.participantId)
            if (participantId === undefined) return []
            return [
              {
                ...r,
                id: ratingId(participantId, r.lensId, r.state),
                participantId,
                workshopId: copy.id,
              },
            ]
          }),
        )
        await db.consensus.bulkAdd(
          consensus.map((c) => ({
            ...c,
            id: consensusId(copy.id, c.lensId, c.state),
            workshopId: copy.id,
          })),
        )
        await db.cards.bulkAdd(
          cards.map((c) => ({ ...c, id: records.newId(), workshopId: copy.id, tags: [...c.tags] })),
        )
        await db.bets.bulkAdd(bets.map((b) => ({ ...b, id: records.newId(), workshopId: copy.id })))
        await db.gapNotes.bulkAdd(
          gapNotes.map((g) => ({ ...g, id: gapNoteId(copy.id, g.lensId), workshopId: copy.id })),
        )
        return copy
      })
    },

    /** Hides the workshop; its data stays until restored, so undo loses nothing. */
    async softDelete(id: string): Promise<void> {
      await db.transaction('rw', db.workshops, async () => {
        await db.workshops.put({ ...(await require(id)), deletedAt: records.now() })
      })
    },

    async restore(id: string): Promise<void> {
      await db.transaction('rw', db.workshops, async () => {
        await db.workshops.put({ ...(await require(id)), deletedAt: null })
      })
    },
  }
}

export type WorkshopRepository = ReturnType<typeof createWorkshopRepository>
