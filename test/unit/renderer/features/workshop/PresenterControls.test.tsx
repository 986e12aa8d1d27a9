import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../renderer/src/db'
import { PresenterControls } from '../../../../../renderer/src/features/workshop/PresenterControls'
import { platform, PlatformError } from '../../../../../renderer/src/platform'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../helpers'
import { createAppServices, renderWithServices } from '../../render'

let db: VantageDatabase
let services: AppServices
let workshop: Workshop
let isOpen = false

beforeEach(async () => {
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  workshop = await services.repositories.workshops.create(details(), testTemplate())
  isOpen = false
  vi.spyOn(platform.presenter, 'open').mockImplementation(async () => {
    isOpen = true
  })
  vi.spyOn(platform.presenter, 'close').mockImplementation(async () => {
    isOpen = false
  })
  vi.spyOn(platform.presenter, 'isOpen').mockImplementation(async () => isOpen)
})

afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  await dropDatabase(db)
})

const stored = () => services.repositories.presenter.get(workshop.id)

describe('PresenterControls', () => {
  it('opens the presenter, chooses what it shows, blanks it and closes it', async () => {
    const user = userEvent.setup()
    renderWithServices(<PresenterControls workshopId={workshop.id} />, services)
    await user.click(screen.getByRole('button', { name: 'Open presenter' }))
    expect(platform.presenter.open).toHaveBeenCalledWith(workshop.id)

    const steps = await screen.findByRole('button', { name: 'Steps' })
    expect(steps.getAttribute('aria-pressed')).toBe('true')
    await user.click(screen.getByRole('button', { name: 'Timer' }))
    await waitFor(async () => expect((await stored()).mode).toBe('timer'))
    expect(screen.getByRole('button', { name: 'Timer' }).getAttribute('aria-pressed')).toBe('true')

    await user.click(screen.getByRole('button', { name: 'Blank the screen' }))
    await waitFor(async () => expect((await stored()).blank).toBe(true))
    const show = screen.getByRole('button', { name: 'Show the screen' })
    expect(show.getAttribute('aria-pressed')).toBe('true')
    await user.click(show)
    await waitFor(async () => expect((await stored()).blank).toBe(false))

    // Display state is not an edit of the workshop: nothing to undo.
    expect(services.workshop.store.getState().history.past).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Close presenter' }))
    expect(await screen.findByRole('button', { name: 'Open presenter' })).toBeDefined()
  })

  it('B blanks the projector and shows it again, and says so aloud', async () => {
    const user = userEvent.setup()
    renderWithServices(<PresenterControls workshopId={workshop.id} />, services)
    await user.click(screen.getByRole('button', { name: 'Open presenter' }))
    await screen.findByRole('button', { name: 'Blank the screen' })
    const said = () => screen.getByRole('status').textContent

    await user.keyboard('b')
    await waitFor(async () => expect((await stored()).blank).toBe(true))
    const show = await screen.findByRole('button', { name: 'Show the screen' })
    expect(show.getAttribute('aria-pressed')).toBe('true')
    expect(said()).toBe('The projector is blank.')
    expect(services.session.getState().presenterBlank).toBe(true)

    await user.keyboard('b')
    await waitFor(async () => expect((await stored()).blank).toBe(false))
    expect(await screen.findByRole('button', { name: 'Blank the screen' })).toBeDefined()
    expect(said()).toBe('The projector shows the workshop again.')
    expect(services.session.getState().presenterBlank).toBe(false)

    // Blanked by the button, the words about B are stale: the button says it itself.
    await user.click(screen.getByRole('button', { name: 'Blank the screen' }))
    await screen.findByRole('button', { name: 'Show the screen' })
    expect(said()).toBe('')
  })

  it('B does nothing while typing, with Ctrl, ⌘ or Alt, or with the presenter closed', async () => {
    const user = userEvent.setup()
    renderWithServices(
      <>
        <PresenterControls workshopId={workshop.id} />
        <input aria-label="Title" />
        <textarea aria-label="Note" />
        <div role="textbox" aria-label="Card" contentEditable suppressContentEditableWarning />
      </>,
      services,
    )
    // Any write that should not happen has landed by the time this looks.
    const stillShown = async () => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      expect((await stored()).blank).toBe(false)
    }
    // Closed: nothing to blank.
    await user.keyboard('b')
    await stillShown()
    await user.click(screen.getByRole('button', { name: 'Open presenter' }))
    await screen.findByRole('button', { name: 'Blank the screen' })

    for (const name of ['Title', 'Note', 'Card']) {
      const field = screen.getByRole('textbox', { name })
      await user.click(field)
      await user.keyboard('b')
      await stillShown()
      expect('value' in field ? (field as HTMLInputElement).value : field.textContent).toBe('b')
    }

    await user.click(document.body)
    for (const modifier of ['Control', 'Meta', 'Alt']) {
      await user.keyboard(`{${modifier}>}b{/${modifier}}`)
      await stillShown()
    }
    expect(screen.getByRole('button', { name: 'Blank the screen' })).toBeDefined()
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('puts a team map on the projector: today, the target or the changes', async () => {
    const user = userEvent.setup()
    renderWithServices(<PresenterControls workshopId={workshop.id} />, services)
    await user.click(screen.getByRole('button', { name: 'Open presenter' }))
    // The choice of map is offered only while the projector shows a map.
    await screen.findByRole('button', { name: 'Steps' })
    expect(screen.queryByRole('group', { name: 'The team map shows' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Team map' }))
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ mode: 'map', mapView: 'today' }),
    )
    const maps = await screen.findByRole('group', { name: 'The team map shows' })
    expect(within(maps).getByRole('button', { name: 'Today' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    await user.click(within(maps).getByRole('button', { name: 'Changes' }))
    await waitFor(async () => expect((await stored()).mapView).toBe('changes'))
    expect(within(maps).getByRole('button', { name: 'Changes' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    // Back to the steps and to the map again: it comes back on the map last chosen.
    await user.click(screen.getByRole('button', { name: 'Steps' }))
    await waitFor(async () => expect((await stored()).mode).toBe('follow'))
    expect((await stored()).mapView).toBe('changes')
  })

  it('says why a presenter window could not open, and stays closed', async () => {
    vi.mocked(platform.presenter.open).mockRejectedValueOnce(
      new PlatformError('blocked', 'The browser blocked the new window.', {
        code: 'presenterBlocked',
      }),
    )
    const user = userEvent.setup()
    renderWithServices(<PresenterControls workshopId={workshop.id} />, services)
    await user.click(screen.getByRole('button', { name: 'Open presenter' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The presenter could not be opened: The browser blocked the presenter window. Allow pop-ups for Vantage and try again.',
    )
    expect(screen.getByRole('button', { name: 'Open presenter' })).toBeDefined()
  })

  it('notices when the presenter window was closed by hand', async () => {
    isOpen = true
    renderWithServices(<PresenterControls workshopId={workshop.id} />, services)
    expect(await screen.findByRole('button', { name: 'Close presenter' })).toBeDefined()
    isOpen = false
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Open presenter' })).toBeDefined(),
      {
        timeout: 3000,
      },
    )
  })
})
