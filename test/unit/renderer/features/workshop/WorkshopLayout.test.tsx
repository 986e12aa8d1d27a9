import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { PreparePage } from '../../../../../renderer/src/features/prepare/PreparePage'
import { WorkshopLayout } from '../../../../../renderer/src/features/workshop/WorkshopLayout'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { SaveIndicator } from '../../../../../renderer/src/ui/SaveIndicator'
import { AUTOSAVE_DELAY_MS } from '../../../../../renderer/src/ui/useAutosave'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

let db: VantageDatabase
let services: AppServices
let workshop: Workshop

beforeEach(async () => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  workshop = await services.repositories.workshops.create(
    details({ title: 'Spring offsite', organisation: 'Acme' }),
    testTemplate(),
  )
})

afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

async function renderScreen(id = workshop.id) {
  const result = renderWithServices(
    <>
      <SaveIndicator />
      <WorkshopLayout workshopId={id} tab="prepare">
        <PreparePage />
      </WorkshopLayout>
    </>,
    services,
    `/workshops/${id}`,
  )
  return result
}

const storedTitle = async () => (await db.workshops.get(workshop.id))?.title

/** The workshop details each save asked to write, in order (the spy calls through). */
function watchSaves() {
  const spy = vi.spyOn(services.repositories.changes, 'apply')
  return () =>
    spy.mock.calls.flatMap(([, changes]) =>
      changes.flatMap((c) => (c.table === 'workshops' && c.after ? [c.after] : [])),
    )
}

describe('an open workshop, Prepare tab', () => {
  it('shows the workshop, its details and the lenses of its frozen template', async () => {
    await renderScreen()

    expect(await screen.findByRole('heading', { level: 1, name: 'Spring offsite' })).toBeTruthy()
    const title = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement
    expect(title.value).toBe('Spring offsite')
    expect((screen.getByRole('textbox', { name: 'Organisation' }) as HTMLInputElement).value).toBe(
      'Acme',
    )
    const lenses = screen.getByRole('region', { name: 'Lenses in this workshop' })
    expect(within(lenses).getByText('Lens strategy')).toBeTruthy()
    expect(within(lenses).getByText('Lens delivery')).toBeTruthy()
  })

  it('says so for a workshop that does not exist', async () => {
    await renderScreen('missing')
    expect(
      await screen.findByRole('heading', { name: 'This workshop does not exist or was deleted.' }),
    ).toBeTruthy()
  })

  it('saves a typed title shortly after typing stops, not on every keystroke', async () => {
    const user = userEvent.setup()
    await renderScreen()
    const title = await screen.findByRole('textbox', { name: 'Title' })
    const saves = watchSaves()

    await user.clear(title)
    await user.type(title, 'Autumn review')
    // Debounced: right after the last keystroke nothing has asked to write the full title yet.
    expect(saves().map((d) => d.title)).not.toContain('Autumn review')

    await waitFor(() => expect(storedTitle()).resolves.toBe('Autumn review'), {
      timeout: AUTOSAVE_DELAY_MS * 5,
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn review' })).toBeTruthy()
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').some((s) => s.textContent?.includes('All changes saved')),
      ).toBe(true),
    )
    expect(title.getAttribute('aria-invalid')).toBeNull()
  })

  it('saves at once when the field loses focus', async () => {
    const user = userEvent.setup()
    await renderScreen()
    const organisation = await screen.findByRole('textbox', { name: 'Organisation' })
    const saves = watchSaves()

    await user.clear(organisation)
    await user.type(organisation, 'Globex')
    expect(saves().map((d) => d.organisation)).not.toContain('Globex')
    await user.tab()

    // The blur started the write itself, without waiting for the debounce.
    expect(saves().at(-1)).toMatchObject({ title: 'Spring offsite', organisation: 'Globex' })
    const afterBlur = saves().length
    await waitFor(async () =>
      expect((await db.workshops.get(workshop.id))?.organisation).toBe('Globex'),
    )
    // The flush cancelled the pending timer: no second save of the same text follows.
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100))
    expect(saves()).toHaveLength(afterBlur)
  })

  it('shows an error for an emptied title and keeps the stored title', async () => {
    const user = userEvent.setup()
    await renderScreen()
    const title = await screen.findByRole('textbox', { name: 'Title' })

    await user.clear(title)

    const error = await screen.findByText('Give the workshop a title.', undefined, {
      timeout: AUTOSAVE_DELAY_MS * 5,
    })
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(title.getAttribute('aria-describedby')?.split(' ')).toContain(error.id)
    // The typed (empty) text stays on screen; the last good title stays on disk and in the heading.
    expect((title as HTMLInputElement).value).toBe('')
    expect(await storedTitle()).toBe('Spring offsite')
    expect(screen.getByRole('heading', { level: 1, name: 'Spring offsite' })).toBeTruthy()

    await user.type(title, 'Fixed')
    await waitFor(() => expect(storedTitle()).resolves.toBe('Fixed'), {
      timeout: AUTOSAVE_DELAY_MS * 5,
    })
    await waitFor(() => expect(screen.queryByText('Give the workshop a title.')).toBeNull())
    expect(title.getAttribute('aria-invalid')).toBeNull()
  })

  it('saves a pending edit when the screen goes away', async () => {
    const user = userEvent.setup()
    const { unmount } = await renderScreen()
    const title = await screen.findByRole('textbox', { name: 'Title' })
    const saves = watchSaves()

    await user.clear(title)
    await user.type(title, 'Left in a hurry')
    expect(saves().map((d) => d.title)).not.toContain('Left in a hurry')
    unmount()

    await waitFor(() => expect(saves().at(-1)?.title).toBe('Left in a hurry'))
    await waitFor(() => expect(storedTitle()).resolves.toBe('Left in a hurry'))
  })
})
