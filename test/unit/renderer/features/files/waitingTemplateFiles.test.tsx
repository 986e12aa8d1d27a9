/**
 * Files the OS hands the desktop app go where their kind says: a template file to the template
 * library's import (keep both or replace when its id is already here, refusals named there in a
 * sentence), a session file to a workshop as before, and a file of neither kind refused in the
 * session's problem dialog. Nothing is imported from a refused file.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { installDesktop } from '../../fakeDesktop'
import { workshopFixture } from '../../workshopFixture'
import { renderLibraryRoutes } from '../templates/libraryRoutes'

const room = workshopFixture()
const host = installDesktop()

const fixture = (folder: string, name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures', folder, name), 'utf8')

const FOUR_LENS = fixture('templates', 'valid-four-lens-optional.vantage-template')
const FOUR_LENS_NAME = 'Area leads cascade (four lenses)'
const SIX_LENS_SESSION = fixture('sessions', 'valid-six-lens-workshop.vantage')
const SIX_LENS_ID = '7b0c6a2e-4f1d-4c8e-9a51-2f6d3e8b1c40'

const templates = () => room.services.repositories.templates

const renderApp = () => renderLibraryRoutes(room.services)

function template(fileName: string, contents: string) {
  return { kind: 'file', fileKind: 'template', fileName, contents } as const
}

const handOver = (file: Parameters<typeof host.desktop.handOver>[0]) =>
  act(async () => host.desktop.handOver(file))

describe('a template file handed over by the OS', () => {
  it('lands in the template library, imported', async () => {
    const { location } = renderApp()
    await handOver(template('Cascade.vantage-template', FOUR_LENS))
    await waitFor(() => expect(location.history.at(-1)).toBe('/templates'))
    const list = await screen.findByRole('list', { name: 'Your templates' })
    expect(await within(list).findByRole('heading', { name: FOUR_LENS_NAME })).toBeTruthy()
    expect((await templates().list()).map((t) => t.name)).toEqual([FOUR_LENS_NAME])
    // Templates are not workshops: the one workshop there was is all there is.
    expect(await room.db.workshops.count()).toBe(1)
  })

  it('waiting at start, is imported before the app has shown anything else', async () => {
    host.desktop.waiting.push(template('Cascade.vantage-template', FOUR_LENS))
    const { location } = renderApp()
    await waitFor(() => expect(location.history.at(-1)).toBe('/templates'))
    expect(await screen.findByRole('heading', { name: FOUR_LENS_NAME })).toBeTruthy()
  })

  it('asks keep both or replace when it is already in the library', async () => {
    const user = userEvent.setup()
    renderApp()
    await handOver(template('Cascade.vantage-template', FOUR_LENS))
    await screen.findByRole('heading', { name: FOUR_LENS_NAME })

    await handOver(template('Cascade again.vantage-template', FOUR_LENS))
    const dialog = await screen.findByRole('dialog', {
      name: `A template like “${FOUR_LENS_NAME}” is already here`,
    })
    expect(within(dialog).getByRole('button', { name: 'Replace' })).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }))
    await waitFor(async () => expect(await templates().list()).toHaveLength(2))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('that main could not read is named in the library with main’s sentence', async () => {
    const { location } = renderApp()
    await handOver({
      kind: 'unreadable',
      fileKind: 'template',
      fileName: 'Huge.vantage-template',
      problem: { code: 'fileTooLarge', document: 'template', sizeMb: 2, limitMb: 1 },
    })
    await waitFor(() => expect(location.history.at(-1)).toBe('/templates'))
    expect(
      await screen.findByText(
        'Vantage could not import “Huge.vantage-template”: This file is 2 MB; Vantage opens template files of up to 1 MB.',
      ),
    ).toBeTruthy()
    expect(await templates().list()).toEqual([])
    // Named in the library, not in the session's dialog.
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('holding a session is refused as a template, and opens no workshop', async () => {
    renderApp()
    await handOver(template('Renamed.vantage-template', SIX_LENS_SESSION))
    expect(
      await screen.findByText(
        'Vantage could not import “Renamed.vantage-template”: This is a Vantage session file, not a template; open it with File › Open.',
      ),
    ).toBeTruthy()
    expect(await templates().list()).toEqual([])
    expect(await room.db.workshops.get(SIX_LENS_ID)).toBeUndefined()
  })

  it('leaves the library’s line behind once the facilitator goes elsewhere', async () => {
    const { location } = renderApp()
    await handOver(template('Broken.vantage-template', '{ not json'))
    expect(await screen.findByText(/could not import “Broken\.vantage-template”/)).toBeTruthy()
    await act(async () => location.navigate('/'))
    await screen.findByRole('heading', { name: 'Home' })
    await act(async () => location.navigate('/templates'))
    await screen.findByRole('heading', { name: 'Templates', level: 1 })
    expect(screen.queryByText(/could not import/)).toBeNull()
  })
})

describe('files of each kind in one hand-over', () => {
  it('go each their own way, in order: the template to the library, the session to its workshop', async () => {
    host.desktop.waiting.push(template('Cascade.vantage-template', FOUR_LENS), {
      kind: 'file',
      fileKind: 'session',
      fileName: 'Spring.vantage',
      contents: SIX_LENS_SESSION,
    })
    const { location } = renderApp()
    await waitFor(() => expect(location.history.at(-1)).toBe(`/workshops/${SIX_LENS_ID}`))
    expect(location.history).toContain('/templates')
    expect((await templates().list()).map((t) => t.name)).toEqual([FOUR_LENS_NAME])
    expect(await room.db.workshops.get(SIX_LENS_ID)).toBeDefined()
  })

  it('refuse a file of neither kind in the session’s problem dialog, importing nothing', async () => {
    const { location } = renderApp()
    await handOver({
      kind: 'unreadable',
      fileKind: null,
      fileName: 'notes.txt',
      problem: { code: 'notAVantageFile' },
    })
    const dialog = await screen.findByRole('dialog', { name: 'This file cannot be opened' })
    expect(within(dialog).getByText(/notes\.txt/)).toBeTruthy()
    expect(within(dialog).getByText(/and this is neither/)).toBeTruthy()
    expect(location.history.at(-1)).toBe('/')
    expect(await templates().list()).toEqual([])
    expect(await room.db.workshops.count()).toBe(1)
  })
})
