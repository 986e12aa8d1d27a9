/**
 * The persistence layer of the renderer: one database, its repositories, and the start-up
 * request for persistent storage. The rest of the app sees repositories, never Dexie.
 */
import { VantageDatabase, watchForNewerVersion } from './database'
import { systemRecordFactory, type RecordFactory } from './ids'
import { createBetRepository } from './repositories/betRepository'
import { createCardRepository } from './repositories/cardRepository'
import { createChangeRepository } from './repositories/changeRepository'
import { createParticipantRepository } from './repositories/participantRepository'
import { createPresenterRepository } from './repositories/presenterRepository'
import { createRatingRepository } from './repositories/ratingRepository'
import { createSnapshotRepository } from './repositories/snapshotRepository'
import { createTemplateRepository } from './repositories/templateRepository'
import { createWorkshopRepository } from './repositories/workshopRepository'

export function createRepositories(
  db: VantageDatabase,
  records: RecordFactory = systemRecordFactory,
) {
  return {
    workshops: createWorkshopRepository(db, records),
    participants: createParticipantRepository(db, records),
    ratings: createRatingRepository(db, records),
    cards: createCardRepository(db, records),
    bets: createBetRepository(db, records),
    changes: createChangeRepository(db),
    snapshots: createSnapshotRepository(db, records),
    presenter: createPresenterRepository(db, records),
    templates: createTemplateRepository(db, records),
  }
}

export type Repositories = ReturnType<typeof createRepositories>

export { VantageDatabase, watchForNewerVersion }
export { requestPersistentStorage, type PersistenceState } from './persistence'
export { openUnlessNewer, type DatabaseStart } from './openDatabase'
export { NewerDatabaseError } from './newerDatabase'
export { WorkshopNotFoundError } from './repositories/workshopRepository'
export { InvalidScoreError } from './repositories/ratingRepository'
export {
  BuiltInTemplateError,
  BUILT_IN_TEMPLATE,
  TemplateNotFoundError,
} from './repositories/templateRepository'
export type { RecordFactory } from './ids'
export * from './changes'
