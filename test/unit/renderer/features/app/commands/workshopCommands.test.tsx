/**
 * The File and View menus on an open workshop run the same actions as the buttons on screen:
 * "Save as…", the PDF on the chosen paper, both CSV files, and the presenter view, opened,
 * blanked and closed, with the outcome said where the buttons say it.
 */
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { AppCommand } from '@shared/ipc'
import { emitAppCommand } from '../../../../../../renderer/src/features/app/commands/appCommands'
import { WorkshopLayout } from '../../../../../../renderer/src/features/workshop/WorkshopLayout'
import { platform } from '../../../../../../renderer/src/platform'
import { installDesktop } from '../../../fakeDesktop'
import { renderWithServices } from '../../../render'
import { workshopFixture } from '../../../workshopFixture'

const room = workshopFixture()
installDesktop()

async function renderWorkshop() {
  renderWithServices(
    <WorkshopLayout workshopId={room.workshop.id} tab="prepare">
      {null}
    </WorkshopLayout>,
    room.services,
    `/workshops/${room.workshop.id}`,
  )
  await screen.findByRole('heading', { name: 'Leadership offsite', level: 1 })
}

const choose = (command: AppCommand) => act(async () => emitAppCommand(command))
const status = () => screen.getByRole('group', { name: /Take home/ }).querySelector('[role=status]')

describe('the File menu on a workshop', () => {
  it('saves the session file and says where', async () => {
    const save = vi
      .spyOn(platform, 'saveSessionFile')
      .mockResolvedValue({ saved: true, fileName: 'Leadership offsite.vantage' })
    await renderWorkshop()
    await choose('saveSession')
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]![1]).toContain('"title": "Leadership offsite"')
    await waitFor(() => expect(status()?.textContent).toBe('Saved “Leadership offsite.vantage”.'))
  })

  it('exports the PDF on the paper and in the language chosen beside the button', async () => {
    const pdf = vi
      .spyOn(platform, 'exportPdf')
      .mockResolvedValue({ saved: true, fileName: 'a.pdf' })
    await renderWorkshop()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: /Paper/ }), 'Letter')
    await choose('exportPdf')
    await waitFor(() =>
      expect(pdf).toHaveBeenCalledWith(room.workshop.id, 'Letter', 'en', 'Leadership offsite.pdf'),
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language of the PDF' }),
      'Français',
    )
    await choose('exportPdf')
    await waitFor(() =>
      expect(pdf).toHaveBeenLastCalledWith(
        room.workshop.id,
        'Letter',
        'fr',
        'Leadership offsite.pdf',
      ),
    )
  })

  it('exports the ratings and the bets as CSV', async () => {
    const csv = vi.spyOn(platform, 'saveCsv').mockResolvedValue({ saved: false })
    await renderWorkshop()
    await choose('exportRatingsCsv')
    await waitFor(() => expect(csv).toHaveBeenCalledTimes(1))
    await choose('exportBetsCsv')
    await waitFor(() => expect(csv).toHaveBeenCalledTimes(2))
    expect(csv.mock.calls.map(([name]) => name)).toEqual([
      'Leadership offsite.csv',
      'Leadership offsite bets.csv',
    ])
    await waitFor(() => expect(status()?.textContent).toBe('Nothing was saved.'))
  })
})

describe('View › presenter view', () => {
  it('opens the presenter, then closes it, and the menu hears of it', async () => {
    let open = false
    const openPresenter = vi.spyOn(platform.presenter, 'open').mockImplementation(async () => {
      open = true
    })
    const closePresenter = vi.spyOn(platform.presenter, 'close').mockImplementation(async () => {
      open = false
    })
    vi.spyOn(platform.presenter, 'isOpen').mockImplementation(async () => open)
    await renderWorkshop()

    await choose('togglePresenter')
    expect(openPresenter).toHaveBeenCalledWith(room.workshop.id)
    await screen.findByRole('button', { name: 'Close presenter' })
    expect(room.services.session.getState().presenterOpen).toBe(true)

    await choose('togglePresenter')
    expect(closePresenter).toHaveBeenCalledTimes(1)
    await screen.findByRole('button', { name: 'Open presenter' })
    expect(room.services.session.getState().presenterOpen).toBe(false)
  })
})

describe('View › Blank the projector', () => {
  it('blanks the open presenter and shows it again, says so, and the menu hears of it', async () => {
    let open = false
    vi.spyOn(platform.presenter, 'open').mockImplementation(async () => {
      open = true
    })
    vi.spyOn(platform.presenter, 'isOpen').mockImplementation(async () => open)
    const blank = async () =>
      (await room.services.repositories.presenter.get(room.workshop.id)).blank
    await renderWorkshop()

    // Nothing to blank while the presenter is closed.
    await choose('toggleBlank')
    expect(await blank()).toBe(false)

    await choose('togglePresenter')
    await screen.findByRole('button', { name: 'Blank the screen' })
    await choose('toggleBlank')
    await screen.findByRole('button', { name: 'Show the screen' })
    expect(await blank()).toBe(true)
    expect(room.services.session.getState().presenterBlank).toBe(true)
    const said = () =>
      screen.getByRole('group', { name: 'Projector' }).querySelector('[role=status]')
    expect(said()?.textContent).toBe('The projector is blank.')

    await choose('toggleBlank')
    await screen.findByRole('button', { name: 'Blank the screen' })
    expect(await blank()).toBe(false)
    expect(room.services.session.getState().presenterBlank).toBe(false)
    expect(said()?.textContent).toBe('The projector shows the workshop again.')
  })
})
