/**
 * The IndexedDB database, the primary store of every workshop. The only module that defines
 * Dexie tables; its schema versions only ever grow, each with its upgrade.
 */
import { Dexie, type Table } from 'dexie'
import type {
  Bet,
  Card,
  Consensus,
  GapNote,
  MapElement,
  Participant,
  PresenterState,
  Rating,
  LibraryTemplate,
  Vote,
  Workshop,
} from '@shared/domain'
import { defaultVoting } from '@shared/domain'
import { refuseNewerOpen } from './newerDatabase'

export const DATABASE_NAME = 'vantage'

export class VantageDatabase extends Dexie {
  workshops!: Table<Workshop, string>
  participants!: Table<Participant, string>
  ratings!: Table<Rating, string>
  consensus!: Table<Consensus, string>
  cards!: Table<Card, string>
  bets!: Table<Bet, string>
  gapNotes!: Table<GapNote, string>
  votes!: Table<Vote, string>
  presenter!: Table<PresenterState, string>
  mapElements!: Table<MapElement, string>
  templates!: Table<LibraryTemplate, string>

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a transaction counts as done only once it is on disk. The room's scores
    // and decisions are the only record of the day, and text edits are debounced, so the
    // extra flush per write is affordable everywhere.
    // Opened through a factory that refuses a newer Vantage's database instead of letting Dexie
    // read and patch it (newerDatabase.ts). Without IndexedDB at all, Dexie says so as before.
    const factory: IDBFactory | undefined = Dexie.dependencies.indexedDB
    super(name, {
      chromeTransactionDurability: 'strict',
      indexedDB: factory && refuseNewerOpen(factory),
    })
    this.version(1).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      ratings: 'id, workshopId, [workshopId+lensId+state]',
      consensus: 'id, workshopId',
      cards: 'id, workshopId, [workshopId+lensId]',
      bets: 'id, workshopId',
    })
    // v2: the guided workshop. Gap notes get a table; workshops learn their clock times and the
    // facilitator's position; consensus learns whether the room's ratings were revealed.
    this.version(2)
      .stores({ gapNotes: 'id, workshopId' })
      .upgrade(async (tx) => {
        await tx
          .table<Workshop>('workshops')
          .toCollection()
          .modify((w) => {
            w.startTime ??= ''
            w.endTime ??= ''
            w.position ??= null
            w.timer ??= null
          })
        await tx
          .table<Consensus>('consensus')
          .toCollection()
          .modify((c) => {
            c.revealed ??= c.value !== null
          })
      })
    // v3: compare over time. A workshop may keep an earlier one's agreed scores.
    this.version(3).upgrade(async (tx) => {
      await tx
        .table<Workshop>('workshops')
        .toCollection()
        .modify((w) => {
          w.earlier ??= null
        })
    })
    // v4: commit. Votes get a table; workshops learn their voting round, and an earlier workshop
    // they compare with may bring its committed bets to review.
    this.version(4)
      .stores({ votes: 'id, workshopId, betId, participantId' })
      .upgrade(async (tx) => {
        await tx
          .table<Workshop>('workshops')
          .toCollection()
          .modify((w) => {
            w.voting ??= defaultVoting()
            if (w.earlier) w.earlier.bets ??= []
          })
      })
    // v5: the projector. What the presenter window shows, per workshop; display state only, so
    // it is not one of the workshop's tables (not exported, not undone).
    this.version(5).stores({ presenter: 'workshopId' })
    // v6: the team map. Its elements (teams, interactions, rituals, artifacts of both maps) get
    // a table; bets learn which teams they change.
    this.version(6)
      .stores({ mapElements: 'id, workshopId' })
      .upgrade(async (tx) => {
        await tx
          .table<Bet>('bets')
          .toCollection()
          .modify((b) => {
            b.teamKeys ??= []
          })
      })
    // v7: the template library. The facilitator's own templates, kept beside the workshops but
    // not part of any: a workshop holds its own frozen copy, so these are never in workshopTables.
    this.version(7).stores({ templates: 'id, updatedAt' })
  }

  /** Every table that holds part of one workshop, for whole-workshop transactions. */
  get workshopTables() {
    return [
      this.workshops,
      this.participants,
      this.ratings,
      this.consensus,
      this.cards,
      this.bets,
      this.gapNotes,
      this.votes,
      this.mapElements,
    ]
  }
}

/**
 * A newer version of the app opened the database in another window. Close our connection so the
 * upgrade can proceed, and tell the user rather than failing writes silently.
 */
export function watchForNewerVersion(db: VantageDatabase, onReplaced: () => void): void {
  db.on('versionchange', () => {
    db.close()
    onReplaced()
    return false
  })
}
