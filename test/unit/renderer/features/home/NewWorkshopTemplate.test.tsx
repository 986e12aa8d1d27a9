import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { DEFAULT_TEMPLATE_FRENCH, DEFAULT_TEMPLATE_GERMAN } from '../../../../../shared/content'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addLens, updateLens } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { HomeScreen } from '../../../../../renderer/src/features/home/HomeScreen'
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

const repo = () => services.repositories.templates

async function createWith(templateOption: string | null) {
  const user = userEvent.setup()
  renderWithServices(<HomeScreen />, services)
  await user.click(screen.getByRole('button', { name: 'New workshop' }))
  const dialog = await screen.findByRole('dialog', { name: 'New workshop' })
  await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Offsite')
  const select = within(dialog).getByRole('combobox', { name: 'Template' })
  if (templateOption) {
    await within(select).findByRole('option', { name: templateOption })
    await user.selectOptions(select, templateOption)
  }
  // The dialog alone: the screen behind it is hidden from assistive technology while it is open.
  const violations = await axeViolations(dialog)
  await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  const [workshop] = await db.workshops.toArray()
  return { workshop: workshop!, select, violations }
}

describe('New workshop: the template', () => {
  it('uses the built-in template unless another is picked', async () => {
    const { workshop, violations } = await createWith(null)
    expect(workshop.template.lenses.map((l) => l.id)).toEqual(
      testTemplate().lenses.map((l) => l.id),
    )
    expect(violations).toEqual([])
  })

  it('offers only own templates that are ready', async () => {
    const ready = await repo().duplicate(repo().builtIn.id, 'Ready one')
    await repo().put(addLens(await repo().create('Half written'), 'Draft'))
    const user = userEvent.setup()
    renderWithServices(<HomeScreen />, services)
    await user.click(screen.getByRole('button', { name: 'New workshop' }))
    const select = await screen.findByRole('combobox', { name: 'Template' })
    await within(select).findByRole('option', { name: ready.name })
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual([
      `Built-in: ${repo().builtIn.name}`,
      `Built-in: ${DEFAULT_TEMPLATE_GERMAN.name}`,
      `Built-in: ${DEFAULT_TEMPLATE_FRENCH.name}`,
      'Ready one',
    ])
  })

  it('keeps a frozen copy: editing the library template later leaves the workshop alone', async () => {
    const ours = await repo().duplicate(repo().builtIn.id, 'Ours')
    const { workshop } = await createWith('Ours')
    expect(workshop.template.id).toBe(ours.id)
    const firstLens = ours.lenses[0]!
    expect(workshop.template.lenses[0]?.title).toBe(firstLens.title)

    await repo().put(updateLens(ours, firstLens.id, { title: 'Rewritten later' }))
    expect((await repo().get(ours.id))?.lenses[0]?.title).toBe('Rewritten later')
    const after = await db.workshops.get(workshop.id)
    expect(after?.template.lenses[0]?.title).toBe(firstLens.title)
    expect(after?.template).toEqual(workshop.template)
  })
})
