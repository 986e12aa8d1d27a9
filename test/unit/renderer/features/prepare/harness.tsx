/**
 * The prepare page over a fresh database with real services, the workshop already open, and
 * readers of what is on disk: tests check what a facilitator would find after a restart.
 */
import { cleanup } from '@testing-library/react'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { PreparePage } from '../../../../../renderer/src/features/prepare/PreparePage'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { SaveIndicator } from '../../../../../renderer/src/ui/SaveIndicator'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

export interface Harness {
  db: VantageDatabase
  services: AppServices
  workshop: Workshop
  /** Participant names in their stored order. */
  storedNames(): Promise<string[]>
  storedWorkshop(): Promise<Workshop>
  dispose(): Promise<void>
}

export async function openWorkshop(people: [string, string?][] = []): Promise<Harness> {
  const db = freshDatabase()
  const services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  const workshop = await services.repositories.workshops.create(
    details({ title: 'Spring offsite' }),
    testTemplate(),
  )
  await services.workshop.actions.open(workshop.id)
  for (const [name, role] of people) await services.edits.addParticipant(name, role)
  return {
    db,
    services,
    workshop,
    async storedNames() {
      const rows = await db.participants.where({ workshopId: workshop.id }).sortBy('order')
      return rows.map((p) => p.name)
    },
    async storedWorkshop() {
      const stored = await db.workshops.get(workshop.id)
      if (!stored) throw new Error('workshop not stored')
      return stored
    },
    async dispose() {
      cleanup()
      await dropDatabase(db)
    },
  }
}

export function renderPrepare(harness: Harness) {
  return renderWithServices(
    <>
      <SaveIndicator />
      <PreparePage />
    </>,
    harness.services,
    `/workshops/${harness.workshop.id}`,
  )
}
