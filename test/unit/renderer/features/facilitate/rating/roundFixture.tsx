/**
 * An open workshop with people in the room, for the rate and reveal step tests: real services
 * over a fresh database, one lens whose scale has readable labels.
 */
import type { Template } from '@shared/domain'
import type { ReactNode } from 'react'
import type { VantageDatabase } from '../../../../../../renderer/src/db'
import type { AppServices } from '../../../../../../renderer/src/store/appServices'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../../helpers'
import { createAppServices, renderWithServices } from '../../../render'

export const LENS = 'strategy'
const LABELS = ['Ad hoc', 'Emerging', 'Shared priorities', 'Embedded', 'Leading']

export const ROOM: [string, string][] = [
  ['Amara Okafor', 'CEO'],
  ['Jonas Weber', 'Head of Sales'],
  ['Li Chen', ''],
]

function template(): Template {
  const base = testTemplate([LENS])
  return {
    ...base,
    lenses: base.lenses.map((lens) => ({
      ...lens,
      scale: lens.scale.map((level, i) => ({ ...level, label: LABELS[i] ?? level.label })),
    })),
  }
}

export interface Room {
  db: VantageDatabase
  services: AppServices
  /** The people's ids by name. */
  ids: Record<string, string>
  render: (ui: ReactNode) => ReturnType<typeof renderWithServices>
  drop: () => Promise<void>
}

export async function openRoom(
  options: { people?: [string, string][]; anonymous?: boolean } = {},
): Promise<Room> {
  const db = freshDatabase()
  const services = createAppServices(db, { records: testRecords(), template: template() })
  const workshop = await services.repositories.workshops.create(details(), template())
  await services.workshop.actions.open(workshop.id)
  for (const [name, role] of options.people ?? ROOM) {
    await services.edits.addParticipant(name, role)
  }
  if (options.anonymous) await services.edits.updateWorkshop({ anonymous: true })
  const participants = services.workshop.store.getState().data?.participants ?? []
  const ids = Object.fromEntries(participants.map((p) => [p.name, p.id]))
  return {
    db,
    services,
    ids,
    render: (ui) => renderWithServices(ui, services),
    drop: () => dropDatabase(db),
  }
}

/** The stored value of one person's rating, or undefined when there is none. */
export async function storedRating(room: Room, name: string, state = 'current') {
  const ratings = await room.db.ratings.toArray()
  return ratings.find((r) => r.participantId === room.ids[name] && r.state === state)
}

export { axeViolations } from '../../../axe'
