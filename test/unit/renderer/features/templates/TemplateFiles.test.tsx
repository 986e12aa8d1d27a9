/**
 * Template files in the library: exported as .vantage-template, imported by the Import button or
 * File › Import template… the same way (keep both or replace when the id is already here), and a
 * refused file named in a sentence, importing nothing.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { updateLens } from '@shared/domain'
import { serializeTemplateFile } from '@shared/schema/templateFile'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { emitAppCommand } from '../../../../../renderer/src/features/app/commands/appCommands'
import { TemplatesScreen } from '../../../../../renderer/src/features/templates/TemplatesScreen'
import { platform, PlatformError } from '../../../../../renderer/src/platform'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { axeViolations } from '../../axe'
import { dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'
import { renderLibraryRoutes } from './libraryRoutes'

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

describe('File › Import template…', () => {
  const renderHome = () => renderLibraryRoutes(services)

  const chooseImport = () => act(async () => emitAppCommand('importTemplate'))

  it('asks for a file from anywhere and shows the library with the template in it', async () => {
    const copy = await repo().duplicate(repo().builtIn.id, 'Shared')
    const text = serializeTemplateFile({ ...copy, id: 'from-elsewhere' }, new Date())
    await repo().softDelete(copy.id)
    const { location } = renderHome()
    fileOpens('shared.vantage-template', text)
    await chooseImport()
    await waitFor(() => expect(location.history.at(-1)).toBe('/templates'))
    const list = await screen.findByRole('list', { name: 'Your templates' })
    expect(await within(list).findByRole('heading', { name: 'Shared' })).toBeTruthy()
  })

  it('stays where it was when the facilitator cancels the dialog', async () => {
    const open = vi.spyOn(files(), 'open').mockResolvedValueOnce({ opened: false })
    const { location } = renderHome()
    await chooseImport()
    expect(open).toHaveBeenCalledOnce()
    expect(location.history).toEqual(['/'])
    expect(await repo().list()).toEqual([])
  })

  it('asks keep both or replace as the Import button does', async () => {
    const mine = await repo().duplicate(repo().builtIn.id, 'Mine')
    const user = userEvent.setup()
    renderHome()
    fileOpens('mine.vantage-template', serializeTemplateFile(mine, new Date()))
    await chooseImport()
    const dialog = await screen.findByRole('dialog', {
      name: 'A template like “Mine” is already here',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await repo().list()).toHaveLength(1)
  })

  it('names a file the platform refused (too large) in the library, importing nothing', async () => {
    vi.spyOn(files(), 'open').mockRejectedValueOnce(
      new PlatformError(
        'failed',
        'This file is 2 MB; Vantage opens template files of up to 1 MB.',
        {
          code: 'fileTooLarge',
          document: 'template',
          sizeMb: 2,
          limitMb: 1,
        },
      ),
    )
    const { location } = renderHome()
    await chooseImport()
    await waitFor(() => expect(location.history.at(-1)).toBe('/templates'))
    expect(
      await screen.findByText(
        'Vantage could not open the file: This file is 2 MB; Vantage opens template files of up to 1 MB.',
      ),
    ).toBeTruthy()
    expect(await repo().list()).toEqual([])
  })
})
