/**
 * The application menu's commands as the facilitator meets them in the page: undo and redo on the
 * open workshop (and the field's own undo inside a text field), a new workshop, the backups, the
 * template library, the shortcuts and About; and the menu told what applies, so it greys out the
 * rest.
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AppCommands } from '../../../../../../renderer/src/features/app/commands/AppCommands'
import { WorkshopLayout } from '../../../../../../renderer/src/features/workshop/WorkshopLayout'
import { platform } from '../../../../../../renderer/src/platform'
import { axeViolations } from '../../../axe'
import { installDesktop } from '../../../fakeDesktop'
import { renderWithServices } from '../../../render'
import { workshopFixture } from '../../../workshopFixture'

const room = workshopFixture()
const host = installDesktop()

const participants = () =>
  room.services.workshop.store.getState().data?.participants.map((p) => p.name) ?? []

/** The workshop's screen with the app's commands, as the app lays them out. */
async function renderWorkshop() {
  const view = renderWithServices(
    <>
      <WorkshopLayout workshopId={room.workshop.id} tab="prepare">
        <input aria-label="Scratch notes" />
      </WorkshopLayout>
      <AppCommands />
    </>,
    room.services,
    `/workshops/${room.workshop.id}`,
  )
  await screen.findByRole('heading', { name: 'Leadership offsite', level: 1 })
  return view
}

const choose = (command: Parameters<typeof host.desktop.command>[0]) =>
  act(() => host.desktop.command(command))

describe('undo and redo from the menu', () => {
  it('undo and redo the open workshop’s last edit', async () => {
    await renderWorkshop()
    await act(() => room.services.edits.addParticipant('Amara Okafor'))
    expect(participants()).toEqual(['Amara Okafor'])
    await choose('undo')
    await waitFor(() => expect(participants()).toEqual([]))
    await choose('redo')
    await waitFor(() => expect(participants()).toEqual(['Amara Okafor']))
  })

  it('leave the workshop alone while the focus is in a text field: the field undoes its typing', async () => {
    await renderWorkshop()
    await act(() => room.services.edits.addParticipant('Amara Okafor'))
    // The test DOM has no editing commands; the browser's own undo is stood in for.
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    try {
      screen.getByRole('textbox', { name: 'Scratch notes' }).focus()
      await choose('undo')
      expect(execCommand).toHaveBeenCalledWith('undo')
      expect(participants()).toEqual(['Amara Okafor'])
    } finally {
      Reflect.deleteProperty(document, 'execCommand')
    }
  })

  it('do nothing away from a workshop, though one is still loaded', async () => {
    await room.services.workshop.actions.open(room.workshop.id)
    await room.services.edits.addParticipant('Amara Okafor')
    renderWithServices(<AppCommands />, room.services, '/')
    await choose('undo')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(participants()).toEqual(['Amara Okafor'])
  })
})

describe('the menu state', () => {
  it('offers saving and undo only on a workshop with history, and greys them out at home', async () => {
    const { location } = await renderWorkshop()
    const last = () => host.desktop.menuStates.at(-1)
    await waitFor(() =>
      expect(last()).toEqual({
        workshopOpen: true,
        canUndo: false,
        canRedo: false,
        presenterOpen: false,
        presenterBlank: false,
      }),
    )
    await act(() => room.services.edits.addParticipant('Amara Okafor'))
    await waitFor(() => expect(last()).toMatchObject({ canUndo: true, canRedo: false }))
    await act(() => room.services.edits.undo())
    await waitFor(() => expect(last()).toMatchObject({ canUndo: false, canRedo: true }))

    act(() => location.navigate('/'))
    await waitFor(() =>
      expect(last()).toEqual({
        workshopOpen: false,
        canUndo: false,
        canRedo: false,
        presenterOpen: false,
        presenterBlank: false,
      }),
    )
  })
})

describe('the app’s own dialogs', () => {
  it('New workshop opens the dialog and goes to the workshop it creates', async () => {
    const user = userEvent.setup()
    const { location } = renderWithServices(<AppCommands />, room.services, '/')
    await choose('newWorkshop')
    const dialog = await screen.findByRole('dialog', { name: 'New workshop' })
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Spring review')
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }))
    await waitFor(() => expect(location.history.at(-1)).toMatch(/^\/workshops\/id-\d+$/))
    const created = await room.db.workshops.get(location.history.at(-1)!.split('/').pop()!)
    expect(created?.title).toBe('Spring review')
  })

  it('About names the version and the data folder', async () => {
    vi.spyOn(platform, 'appInfo').mockResolvedValue({
      name: 'Vantage',
      version: '1.4.0',
      platform: 'linux',
      dataFolder: '/home/ada/.config/Vantage',
    })
    renderWithServices(<AppCommands />, room.services, '/')
    await choose('about')
    const dialog = await screen.findByRole('dialog', { name: 'About Vantage' })
    await within(dialog).findByText('1.4.0')
    expect(within(dialog).getByText('/home/ada/.config/Vantage')).toBeTruthy()
    expect(await axeViolations(dialog)).toEqual([])
  })

  it('Keyboard shortcuts lists the menu’s keys beside the workshop’s', async () => {
    renderWithServices(<AppCommands />, room.services, '/')
    await choose('shortcuts')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(dialog).getByText('Save the workshop as a session file')).toBeTruthy()
    expect(within(dialog).getByText('Open or close the presenter view')).toBeTruthy()
    expect(within(dialog).getByText('Next step')).toBeTruthy()
    // B is the page's own key, not the menu's: it sits with the workshop's single keys.
    const workshopKeys = within(dialog).getByRole('region', { name: 'While running the workshop' })
    const blank = within(workshopKeys).getByText('Blank the projector, or show it again')
    expect(blank.closest('.term-list__row')?.querySelector('kbd')?.textContent).toBe('B')
  })

  it('Backups goes to the backups screen', async () => {
    const { location } = renderWithServices(<AppCommands />, room.services, '/')
    await choose('backups')
    expect(location.history.at(-1)).toBe('/backups')
  })

  it('Template library goes to the template library', async () => {
    const { location } = renderWithServices(<AppCommands />, room.services, '/workshops/x/run')
    await choose('templateLibrary')
    expect(location.history.at(-1)).toBe('/templates')
  })
})
