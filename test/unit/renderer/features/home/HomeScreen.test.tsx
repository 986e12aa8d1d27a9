import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { HomeScreen } from '../../../../../renderer/src/features/home/HomeScreen'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import {
  details,
  dropDatabase,
  freshDatabase,
  snapshot,
  testRecords,
  testTemplate,
} from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

let db: VantageDatabase
let services: AppServices

beforeEach(() => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(Date.now()), template: testTemplate() })
})

afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

function renderHome() {
  return renderWithServices(<HomeScreen />, services)
}

async function seed(...titles: string[]) {
  for (const title of titles) {
    await services.repositories.workshops.create(details({ title }), testTemplate())
  }
}

describe('HomeScreen', () => {
  it('shows the empty state when there are no workshops', async () => {
    renderHome()
    expect(await screen.findByRole('heading', { name: 'No workshops yet' })).toBeTruthy()
    expect(screen.queryByRole('list', { name: 'Your workshops' })).toBeNull()
  })

  it('lists the saved workshops with their details', async () => {
    await seed('Spring offsite', 'Autumn review')
    renderHome()

    const list = await screen.findByRole('list', { name: 'Your workshops' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(list).getByRole('link', { name: 'Spring offsite' }).getAttribute('href')).toMatch(
      /^\/workshops\//,
    )
    expect(screen.queryByText('No workshops yet')).toBeNull()
  })

  it('refuses a workshop without a title, says why next to the field, and creates nothing', async () => {
    const user = userEvent.setup()
    renderHome()
    await screen.findByText('No workshops yet')

    await user.click(screen.getByRole('button', { name: 'New workshop' }))
    const dialog = await screen.findByRole('dialog', { name: 'New workshop' })
    const title = within(dialog).getByRole('textbox', { name: 'Title' })
    expect(title.getAttribute('aria-invalid')).toBeNull()

    await user.type(title, '   ')
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }))

    const error = await within(dialog).findByText('Give the workshop a title.')
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(error.id).toBeTruthy()
    expect(title.getAttribute('aria-describedby')?.split(' ')).toContain(error.id)
    expect(document.activeElement).toBe(title)
    expect(screen.getByRole('dialog', { name: 'New workshop' })).toBeTruthy()
    expect(await db.workshops.count()).toBe(0)
  })

  it('creates a workshop from the dialog, lists it and opens it', async () => {
    const user = userEvent.setup()
    const { location } = renderHome()
    await screen.findByText('No workshops yet')

    await user.click(screen.getByRole('button', { name: 'New workshop' }))
    const dialog = await screen.findByRole('dialog', { name: 'New workshop' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), '  Spring offsite ')
    await user.type(within(dialog).getByRole('textbox', { name: 'Organisation' }), 'Acme')
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }))

    const list = await screen.findByRole('list', { name: 'Your workshops' })
    expect(within(list).getByRole('link', { name: 'Spring offsite' })).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    const stored = await db.workshops.toArray()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ title: 'Spring offsite', organisation: 'Acme' })
    expect(location.history.at(-1)).toBe(`/workshops/${stored[0]!.id}`)
  })

  it('cancelling the new-workshop dialog creates nothing and clears the form', async () => {
    const user = userEvent.setup()
    renderHome()
    await screen.findByText('No workshops yet')

    await user.click(screen.getByRole('button', { name: 'New workshop' }))
    let dialog = await screen.findByRole('dialog', { name: 'New workshop' })
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Draft')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.click(screen.getByRole('button', { name: 'New workshop' }))
    dialog = await screen.findByRole('dialog', { name: 'New workshop' })
    expect((within(dialog).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(
      '',
    )
    expect(await db.workshops.count()).toBe(0)
  })

  it('deletes after confirmation, offers Undo, and Undo brings the workshop back', async () => {
    const user = userEvent.setup()
    await seed('Keep', 'Doomed')
    const doomed = (await db.workshops.toArray()).find((w) => w.title === 'Doomed')!
    const ana = await services.repositories.participants.add(doomed.id, 'Ana')
    await services.repositories.ratings.set({
      workshopId: doomed.id,
      participantId: ana.id,
      lensId: 'strategy',
      state: 'current',
      value: 4,
    })
    const before = await snapshot(db)
    renderHome()

    await user.click(await screen.findByRole('button', { name: 'Delete Doomed' }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Doomed”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete workshop' }))

    expect(await screen.findByText('Deleted “Doomed”.')).toBeTruthy()
    const list = screen.getByRole('list', { name: 'Your workshops' })
    await waitFor(() => expect(within(list).queryByRole('link', { name: 'Doomed' })).toBeNull())
    expect(within(list).getByRole('link', { name: 'Keep' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Undo' }))

    expect(await within(list).findByRole('link', { name: 'Doomed' })).toBeTruthy()
    expect(await screen.findByText('Restored “Doomed”.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(await snapshot(db)).toEqual(before)
  })

  it('keeps the workshop when the deletion is not confirmed', async () => {
    const user = userEvent.setup()
    await seed('Precious')
    renderHome()

    await user.click(await screen.findByRole('button', { name: 'Delete Precious' }))
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete “Precious”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }))

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(screen.getByRole('link', { name: 'Precious' })).toBeTruthy()
    expect((await db.workshops.toArray())[0]?.deletedAt).toBeNull()
  })

  it('duplicates a workshop and says so', async () => {
    const user = userEvent.setup()
    await seed('T')
    renderHome()

    await user.click(await screen.findByRole('button', { name: 'Duplicate T' }))

    expect(await screen.findByText('Created “T (copy)”.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'T (copy)' })).toBeTruthy()
    expect(await db.workshops.count()).toBe(2)
  })

  it('renames through the dialog and refuses an empty title', async () => {
    const user = userEvent.setup()
    await seed('Old name')
    renderHome()

    await user.click(await screen.findByRole('button', { name: 'Rename Old name' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rename workshop' })
    const input = within(dialog).getByRole('textbox', { name: 'Title' })

    await user.clear(input)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('Give the workshop a title.')).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect((await db.workshops.toArray())[0]?.title).toBe('Old name')

    await user.type(input, 'New name')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('link', { name: 'New name' })).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect((await db.workshops.toArray())[0]?.title).toBe('New name')
  })
})
