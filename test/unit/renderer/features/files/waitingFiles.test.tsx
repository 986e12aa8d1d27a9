/**
 * Session files the OS hands the desktop app (a double-click, the command line, a second launch)
 * open like any other: those waiting when the page starts, each one announced later, and a file
 * main could not read is named with main's sentence. The menu's "Open…" opens the file dialog.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { emitAppCommand } from '../../../../../renderer/src/features/app/commands/appCommands'
import { platform } from '../../../../../renderer/src/platform'
import { installDesktop } from '../../fakeDesktop'
import { renderWithServices } from '../../render'
import { workshopFixture } from '../../workshopFixture'

const room = workshopFixture()
const host = installDesktop()

const SIX_LENS = readFileSync(
  resolve(import.meta.dirname, '../../../../fixtures/sessions/valid-six-lens-workshop.vantage'),
  'utf8',
)
const SIX_LENS_ID = '7b0c6a2e-4f1d-4c8e-9a51-2f6d3e8b1c40'

describe('files handed over by the OS', () => {
  it('opens the file waiting when the app starts', async () => {
    host.desktop.waiting.push({
      kind: 'file',
      fileKind: 'session',
      fileName: 'Spring.vantage',
      contents: SIX_LENS,
    })
    const { location } = renderWithServices(<p>Home</p>, room.services, '/')
    await waitFor(() => expect(location.history.at(-1)).toBe(`/workshops/${SIX_LENS_ID}`))
    expect(await room.db.workshops.get(SIX_LENS_ID)).toBeDefined()
  })

  it('opens a file announced while the app runs', async () => {
    const { location } = renderWithServices(<p>Home</p>, room.services, '/')
    await act(async () => {
      host.desktop.handOver({
        kind: 'file',
        fileKind: 'session',
        fileName: 'Spring.vantage',
        contents: SIX_LENS,
      })
    })
    await waitFor(() => expect(location.history.at(-1)).toBe(`/workshops/${SIX_LENS_ID}`))
  })

  it('names a file main could not read, with main’s reason, and imports nothing', async () => {
    renderWithServices(<p>Home</p>, room.services, '/')
    await act(async () => {
      host.desktop.handOver({
        kind: 'unreadable',
        fileKind: 'session',
        fileName: 'Autumn.vantage',
        problem: { code: 'fileTooLarge', document: 'session', sizeMb: 60, limitMb: 50 },
      })
    })
    const dialog = await screen.findByRole('dialog', { name: 'This file cannot be opened' })
    expect(within(dialog).getByText(/Autumn\.vantage/)).toBeTruthy()
    expect(within(dialog).getByText(/60 MB/)).toBeTruthy()
    expect(await room.db.workshops.count()).toBe(1)
  })

  it('says what is wrong with a file that is not a session, and imports nothing', async () => {
    renderWithServices(<p>Home</p>, room.services, '/')
    await act(async () => {
      host.desktop.handOver({
        kind: 'file',
        fileKind: 'session',
        fileName: 'notes.vantage',
        contents: '{"todo": 1}',
      })
    })
    const dialog = await screen.findByRole('dialog', { name: 'This file cannot be opened' })
    expect(within(dialog).getByText(/notes\.vantage/)).toBeTruthy()
    expect(await room.db.workshops.count()).toBe(1)
  })
})

describe('File › Open…', () => {
  it('asks for a file the way the Open button does', async () => {
    const open = vi.spyOn(platform, 'openSessionFile').mockResolvedValue({
      opened: true,
      fileName: 'Spring.vantage',
      contents: SIX_LENS,
    })
    const { location } = renderWithServices(<p>Home</p>, room.services, '/')
    await act(async () => emitAppCommand('openSession'))
    expect(open).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(location.history.at(-1)).toBe(`/workshops/${SIX_LENS_ID}`))
  })
})
