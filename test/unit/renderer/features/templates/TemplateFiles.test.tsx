import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { updateLens } from '@shared/domain'
import { serializeTemplateFile } from '@shared/schema/templateFile'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { TemplatesScreen } from '../../../../../renderer/src/features/templates/TemplatesScreen'
import { platform } from '../../../../../renderer/src/platform'
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
  vi.restoreAllMocks()
  cleanup()
  await dropDatabase(db)
})

const repo = () => services.repositories.templates
const files = () => platform.templateFiles!

function fileOpens(fileName: string, contents: string) {
  vi.spyOn(files(), 'open').mockResolvedValueOnce({ opened: true, fileName, contents })
}

describe('Template files', () => {
  it('exports a ready template as a .vantage-template file', async () => {
    const save = vi.spyOn(files(), 'save').mockResolvedValue({ saved: true, fileName: 'x' })
    const user = userEvent.setup()
    renderWithServices(<TemplatesScreen />, services, '/templates')
    await user.click(screen.getByRole('button', { name: `Export ${repo().builtIn.name}` }))
    await waitFor(() => expect(save).toHaveBeenCalledOnce())
    const [name, contents] = save.mock.calls[0]!
    expect(name).toMatch(/\.vantage-template$/)
    expect(JSON.parse(contents).template.id).toBe(repo().builtIn.id)
    expect(await screen.findByText('Saved “x”.')).toBeTruthy()
  })

  it('imports a new template, and refuses a broken file in words', async () => {
    const copy = await repo().duplicate(repo().builtIn.id, 'Shared')
    const text = serializeTemplateFile({ ...copy, id: 'from-elsewhere' }, new Date())
    await repo().softDelete(copy.id)
    const user = userEvent.setup()
    renderWithServices(<TemplatesScreen />, services, '/templates')
    fileOpens('shared.vantage-template', text)
    await user.click(screen.getByRole('button', { name: 'Import template' }))
    const list = await screen.findByRole('list', { name: 'Your templates' })
    expect(await within(list).findByRole('heading', { name: 'Shared' })).toBeTruthy()

    fileOpens('broken.vantage-template', '{ not json')
    await user.click(screen.getByRole('button', { name: 'Import template' }))
    expect(
      await screen.findByText(/Vantage could not import “broken.vantage-template”: /),
    ).toBeTruthy()
  })

  it('asks keep both or replace when the id is already here', async () => {
    const mine = await repo().duplicate(repo().builtIn.id, 'Mine')
    const lens = mine.lenses[0]!
    const text = serializeTemplateFile(
      updateLens(mine, lens.id, { title: 'From the file' }),
      new Date(),
    )
    const user = userEvent.setup()
    renderWithServices(<TemplatesScreen />, services, '/templates')
    fileOpens('mine.vantage-template', text)
    await user.click(screen.getByRole('button', { name: 'Import template' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'A template like “Mine” is already here',
    })
    expect(await axeViolations(dialog)).toEqual([])
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }))
    await waitFor(async () =>
      expect((await repo().get(mine.id))?.lenses[0]?.title).toBe('From the file'),
    )
    expect(await repo().list()).toHaveLength(1)

    fileOpens('mine.vantage-template', text)
    await user.click(screen.getByRole('button', { name: 'Import template' }))
    const again = await screen.findByRole('dialog')
    await user.click(within(again).getByRole('button', { name: 'Keep both' }))
    await waitFor(async () => expect(await repo().list()).toHaveLength(2))
  })
})
