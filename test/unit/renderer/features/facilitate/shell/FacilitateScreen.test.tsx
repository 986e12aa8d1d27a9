import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../../renderer/src/db'
import { FacilitateScreen } from '../../../../../../renderer/src/features/facilitate/shell/FacilitateScreen'
import type { AppServices } from '../../../../../../renderer/src/store/appServices'
import { AUTOSAVE_DELAY_MS } from '../../../../../../renderer/src/ui/useAutosave'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../../helpers'
import { createAppServices, renderWithServices } from '../../../render'

let db: VantageDatabase
let services: AppServices
let workshop: Workshop

beforeEach(async () => {
  localStorage.clear()
  db = freshDatabase()
  services = createAppServices(db, { records: testRecords(), template: testTemplate() })
  workshop = await services.repositories.workshops.create(details(), testTemplate())
  await services.workshop.actions.open(workshop.id)
})

afterEach(async () => {
  cleanup()
  await dropDatabase(db)
})

const position = () => services.workshop.store.getState().data?.workshop.position
const stepTitle = () => document.getElementById('step-title')?.textContent

function renderScreen() {
  return renderWithServices(<FacilitateScreen />, services, `/workshops/${workshop.id}/run`)
}

describe('FacilitateScreen', () => {
  it('starts at the first step of the agenda and lists every lens with its six steps', () => {
    renderScreen()
    expect(stepTitle()).toBe('Introduce')
    const nav = screen.getByRole('navigation', { name: 'Workshop steps' })
    expect(within(nav).getAllByRole('button')).toHaveLength(18)
    expect(
      within(nav)
        .getByRole('button', { name: 'Lens strategy: Introduce' })
        .getAttribute('aria-current'),
    ).toBe('step')
  })

  it('moves with the buttons and from the step list, and remembers where it is', async () => {
    const user = userEvent.setup()
    renderScreen()
    await user.click(screen.getByRole('button', { name: 'Next step' }))
    await waitFor(() => expect(stepTitle()).toBe('Rate today'))
    await user.click(screen.getByRole('button', { name: 'Lens delivery: Gap and key shift' }))
    await waitFor(() => expect(stepTitle()).toBe('Gap and key shift'))
    expect(screen.getByRole('button', { name: 'Next step' }).hasAttribute('disabled')).toBe(true)
    expect((await db.workshops.get(workshop.id))?.position).toEqual({
      lensId: 'delivery',
      step: 'gap',
    })
  })

  it('N and P move between steps, but not while typing, and not when single keys are off', async () => {
    const user = userEvent.setup()
    await services.edits.goTo({ lensId: 'strategy', step: 'rate-target' })
    renderScreen()
    await user.keyboard('n')
    await waitFor(() => expect(position()?.step).toBe('reveal-target'))
    await user.keyboard('n')
    await waitFor(() => expect(position()?.step).toBe('gap'))
    await user.click(screen.getByRole('textbox', { name: 'The most important shift' }))
    await user.keyboard('np')
    expect(position()?.step).toBe('gap')
    await user.click(document.body)
    await user.keyboard('p')
    await waitFor(() => expect(position()?.step).toBe('reveal-target'))

    await user.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    await user.click(within(dialog).getByRole('checkbox', { name: 'Use single-key shortcuts' }))
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await user.keyboard('n')
    expect(position()?.step).toBe('reveal-target')
  })

  it('Ctrl+Z undoes and Shift+Ctrl+Z redoes, also after moving to another step', async () => {
    const user = userEvent.setup()
    await services.edits.goTo({ lensId: 'strategy', step: 'gap' })
    renderScreen()
    await user.type(screen.getByRole('textbox', { name: 'The most important shift' }), 'Fewer bets')
    await user.tab()
    await waitFor(async () => expect((await db.gapNotes.toArray())[0]?.keyShift).toBe('Fewer bets'))
    await user.click(screen.getByRole('button', { name: 'Next step' }))
    await waitFor(() => expect(position()?.lensId).toBe('discovery'))
    await user.click(document.body)

    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(position()).toEqual({ lensId: 'strategy', step: 'gap' }))
    await waitFor(async () => expect(await db.gapNotes.count()).toBe(0))
    expect(
      (screen.getByRole('textbox', { name: 'The most important shift' }) as HTMLTextAreaElement)
        .value,
    ).toBe('')

    await user.keyboard('{Shift>}{Control>}z{/Control}{/Shift}')
    await waitFor(async () => expect((await db.gapNotes.toArray())[0]?.keyShift).toBe('Fewer bets'))
  })

  it('the timer starts, pauses, gains a minute and is kept with the workshop', async () => {
    const user = userEvent.setup()
    renderScreen()
    const timer = screen.getByRole('group', { name: 'Step timer' })
    expect(within(timer).getByText('3:00 left')).toBeTruthy()
    await user.click(within(timer).getByRole('button', { name: 'Add a minute' }))
    await waitFor(() => expect(within(timer).getByText('4:00 left')).toBeTruthy())
    await user.click(within(timer).getByRole('button', { name: 'Start timer' }))
    expect(await within(timer).findByRole('button', { name: 'Pause timer' })).toBeTruthy()
    await waitFor(async () =>
      expect((await db.workshops.get(workshop.id))?.timer?.timer.runningSince).not.toBeNull(),
    )
    await user.keyboard('t')
    expect(await within(timer).findByRole('button', { name: 'Start timer' })).toBeTruthy()
  })
})

describe('StepTimer', () => {
  it('says calmly that time is up, and keeps counting past zero', async () => {
    const w = services.workshop.store.getState().data!.workshop
    const step = { lensId: 'strategy', step: 'introduce' as const }
    await services.workshop.actions.persist([
      {
        table: 'workshops',
        id: w.id,
        before: w,
        after: {
          ...w,
          position: step,
          timer: {
            step,
            timer: { durationMs: 60_000, elapsedMs: 0, runningSince: Date.now() - 75_000 },
          },
        },
      },
    ])
    renderScreen()
    const timer = screen.getByRole('group', { name: 'Step timer' })
    expect(within(timer).getByText('Time is up for this step.')).toBeTruthy()
    expect(within(timer).getByText(/^0:1[56] over$/)).toBeTruthy()
    expect(timer.className).toContain('step-timer--up')
  })
})

describe('GapStep', () => {
  it('shows the agreed scores and the gap between them', async () => {
    await services.edits.setConsensus('strategy', 'current', 2)
    await services.edits.setConsensus('strategy', 'target', 4)
    await services.edits.goTo({ lensId: 'strategy', step: 'gap' })
    renderScreen()
    expect(screen.getByText('+2')).toBeTruthy()
    expect(screen.getByText('2 levels to close')).toBeTruthy()
  })

  it('asks for both scores before it shows a gap, and saves the key shift after typing stops', async () => {
    const user = userEvent.setup()
    await services.edits.goTo({ lensId: 'strategy', step: 'gap' })
    renderScreen()
    expect(screen.getByText('Agree both scores in the reveal steps to see the gap.')).toBeTruthy()
    await user.type(
      screen.getByRole('textbox', { name: 'The most important shift' }),
      'Teams own outcomes',
    )
    await act(() => new Promise((r) => setTimeout(r, AUTOSAVE_DELAY_MS + 100)))
    expect((await db.gapNotes.toArray())[0]?.keyShift).toBe('Teams own outcomes')
  })
})
