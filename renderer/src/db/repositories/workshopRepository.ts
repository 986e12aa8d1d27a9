/**
 * Workshops as whole aggregates: create with a frozen template, edit details, duplicate with all
 * their parts, and delete softly so that undo can bring everything back.
 */
import {
  defaultAgenda,
  defaultVoting,
  freezeTemplate,
  reidentifySnapshot,
  sortByLastEdited,
  type Template,
  type Workshop,
  type WorkshopDetails,
  type WorkshopSnapshot,
} from '@shared/domain'
import type { VantageDatabase } from '../database'
import { systemRecordFactory, type RecordFactory } from '../ids'

export class WorkshopNotFoundError extends Error {
  constructor(readonly workshopId: string) {
    super(`No workshop with id ${workshopId}`)
    this.name = 'WorkshopNotFoundError'
  }
}

/** Every record of one workshop; run it inside a transaction over `db.workshopTables`. */
export async function readWorkshopSnapshot(
  db: VantageDatabase,
  workshopId: string,
): Promise<WorkshopSnapshot> {
  const workshop = await db.workshops.get(workshopId)
  if (!workshop) throw new WorkshopNotFoundError(workshopId)
  const [participants, ratings, consensus, cards, gapNotes, bets, votes, mapElements] =
    await Promise.all([
      db.participants.where({ workshopId }).toArray(),
      db.ratings.where({ workshopId }).toArray(),
      db.consensus.where({ workshopId }).toArray(),
      db.cards.where({ workshopId }).toArray(),
      db.gapNotes.where({ workshopId }).toArray(),
      db.bets.where({ workshopId }).toArray(),
      db.votes.where({ workshopId }).toArray(),
      db.mapElements.where({ workshopId }).toArray(),
    ])
  return { workshop, participants, ratings, consensus, cards, gapNotes, bets, votes, mapElements }
}

/**
 * Adds every record of a snapshot; run it inside a transaction over `db.workshopTables`. `add`,
 * never `put`: a record whose id is taken must fail the transaction, not overwrite someone else's.
 */
export async function addWorkshopSnapshot(
  db: VantageDatabase,
  snapshot: WorkshopSnapshot,
): Promise<void> {
  await db.workshops.add(snapshot.workshop)
  await db.participants.bulkAdd(snapshot.participants)
  await db.ratings.bulkAdd(snapshot.ratings)
  await db.consensus.bulkAdd(snapshot.consensus)
  await db.cards.bulkAdd(snapshot.cards)
  await db.gapNotes.bulkAdd(snapshot.gapNotes)
  await db.bets.bulkAdd(snapshot.bets)
  await db.votes.bulkAdd(snapshot.votes)
  await db.mapElements.bulkAdd(snapshot.mapElements)
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
        voting: defaultVoting(),
        earlier: null,
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
        const source = await readWorkshopSnapshot(db, id)
        const copy = reidentifySnapshot(source, records.newId, records.now(), title)
        await addWorkshopSnapshot(db, copy)
        return copy.workshop
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
