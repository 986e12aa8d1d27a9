/**
 * The team map on the projector: today's map, the target or the changes, following the
 * facilitator's choice through the database, with nothing inside that can be operated.
 */
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { PresenterScreen } from '../../../../../renderer/src/features/present/PresenterScreen'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { elementsOf, TARGET, TODAY } from '../../../shared/domain/teamMap/sampleMaps'
import { axeViolations } from '../facilitate/rating/roundFixture'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

let db: VantageDatabase
let services: AppServices
let workshop: Workshop

beforeEach(async () => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  workshop = await services.repositories.workshops.create(details(), testTemplate())
})

afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

const text = () => document.body.textContent ?? ''
const show = (view: 'today' | 'target' | 'changes') =>
  services.repositories.presenter.update(workshop.id, { mode: 'map', mapView: view })

async function drawBothMaps() {
  await db.mapElements.bulkPut([
    ...elementsOf(workshop.id, 'today', TODAY),
    ...elementsOf(workshop.id, 'target', TARGET),
  ])
}

describe('the team map on the projector', () => {
  it('shows either map and the changes, with no control inside', async () => {
    await drawBothMaps()
    await show('today')
    const { container } = renderWithServices(<PresenterScreen workshopId={workshop.id} />, services)
    await waitFor(() => expect(text()).toContain('Our teams today'))
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Operations desk')
    const controls = 'button, a, input, select, textarea, [tabindex], [contenteditable]'
    expect(container.querySelectorAll(controls)).toHaveLength(0)
    expect(screen.queryAllByRole('textbox')).toHaveLength(0)

    await show('target')
    await waitFor(() => expect(text()).toContain('Our teams as we want them'))
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Growth')

    await show('changes')
    await waitFor(() => expect(text()).toContain('From today to the target'))
    expect(text()).toContain(
      'Checkout: renamed from ‘Web shop’; platform instead of stream-aligned',
    )
    // Ten changes, six on the wall: the rest are counted, not dropped silently.
    expect(text()).toContain('And 4 more changes')
    expect(container.querySelectorAll(controls)).toHaveLength(0)
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(await axeViolations(container)).toEqual([])
  })

  it('says so when a map has not been drawn yet', async () => {
    await show('target')
    renderWithServices(<PresenterScreen workshopId={workshop.id} />, services)
    await waitFor(() => expect(text()).toContain('The target team map has not been started yet.'))
    await show('changes')
    await waitFor(() => expect(text()).toContain('Today’s team map has not been drawn yet.'))
  })
})
