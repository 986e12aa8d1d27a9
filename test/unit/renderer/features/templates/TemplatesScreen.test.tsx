import { cleanup, screen, waitFor, within } from '@testing-library/react'
import {
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_FRENCH,
  DEFAULT_TEMPLATE_GERMAN,
} from '../../../../../shared/content'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { TemplatesScreen } from '../../../../../renderer/src/features/templates/TemplatesScreen'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { axeViolations } from '../../axe'
import { dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
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

const builtInName = () => services.repositories.templates.builtIn.name
const ownList = () => screen.findByRole('list', { name: 'Your templates' })

describe('TemplatesScreen', () => {
  it('shows the built-ins read-only with Duplicate only, and no own templates yet', async () => {
    const { container } = renderWithServices(<TemplatesScreen />, services, '/templates')
    const builtIn = screen.getByRole('list', { name: 'Built-in' })
    // One per language, the app's own first.
    const names = [DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_GERMAN, DEFAULT_TEMPLATE_FRENCH].map(
      (t) => t.name,
    )
    expect(
      within(builtIn)
        .getAllByRole('heading')
        .map((h) => h.textContent?.replace('Read-only', '')),
    ).toEqual(names)
    expect(within(builtIn).getAllByText('Read-only')).toHaveLength(3)
    expect(within(builtIn).getByRole('button', { name: `Duplicate ${builtInName()}` })).toBeTruthy()
    expect(within(builtIn).queryByRole('button', { name: /Delete|Rename/ })).toBeNull()
    expect(await screen.findByText(/No templates of your own yet/)).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('duplicates the built-in into the own list', async () => {
    const user = userEvent.setup()
    renderWithServices(<TemplatesScreen />, services, '/templates')
    await user.click(screen.getByRole('button', { name: `Duplicate ${builtInName()}` }))
    const list = await ownList()
    expect(within(list).getByRole('heading', { name: `${builtInName()} (copy)` })).toBeTruthy()
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain(`Created “${builtInName()} (copy)”.`)
  })

  it('creates a new template by name, refusing an empty one', async () => {
    const user = userEvent.setup()
    renderWithServices(<TemplatesScreen />, services, '/templates')
    await user.click(screen.getByRole('button', { name: 'New template' }))
    const dialog = await screen.findByRole('dialog', { name: 'New template' })
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await user.clear(name)
    await user.click(within(dialog).getByRole('button', { name: 'Create template' }))
    expect(within(dialog).getByText('Give the template a name.')).toBeTruthy()
    await user.type(name, 'Cascade')
    await user.keyboard('{Enter}')
    const list = await ownList()
    expect(within(list).getByRole('heading', { name: 'Cascade' })).toBeTruthy()
    expect(within(list).getByText('Needs work before a workshop can use it')).toBeTruthy()
  })

  it('renames an own template', async () => {
    await services.repositories.templates.create('Old name')
    const user = userEvent.setup()
    renderWithServices(<TemplatesScreen />, services, '/templates')
    const edit = await screen.findByRole('link', { name: 'Edit Old name' })
    expect(edit.getAttribute('href')).toMatch(/^\/templates\/.+/)
    await user.click(screen.getByRole('button', { name: 'Rename Old name' }))
    const dialog = await screen.findByRole('dialog', { name: 'Rename template' })
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    await user.clear(name)
    await user.type(name, 'New name{Enter}')
    expect(await within(await ownList()).findByRole('heading', { name: 'New name' })).toBeTruthy()
  })

  it('deletes after confirming, and Undo brings it back', async () => {
    await services.repositories.templates.create('Doomed')
    const user = userEvent.setup()
    const { container } = renderWithServices(<TemplatesScreen />, services, '/templates')
    await user.click(await screen.findByRole('button', { name: 'Delete Doomed' }))
    await user.click(await screen.findByRole('button', { name: 'Delete template' }))
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Your templates' })).toBeNull())
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Deleted “Doomed”.')
    expect(await axeViolations(container)).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await within(await ownList()).findByRole('heading', { name: 'Doomed' })).toBeTruthy()
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Restored “Doomed”.')
  })
})

describe('HomeScreen link to the library', () => {
  it('offers the templates one link away from the workshops', async () => {
    const { HomeScreen } = await import('../../../../../renderer/src/features/home/HomeScreen')
    renderWithServices(<HomeScreen />, services)
    expect(screen.getByRole('link', { name: 'Templates' }).getAttribute('href')).toBe('/templates')
  })
})
