import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkshop, renderPrepare, type Harness } from './harness'

let harness: Harness

afterEach(async () => {
  await harness.dispose()
})

const region = () => screen.getByRole('region', { name: 'Settings' })

describe('settings', () => {
  it('saves the anonymous setting at once and explains it', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    const anonymous = within(region()).getByRole('checkbox', { name: 'Anonymous workshop' })
    expect(anonymous.getAttribute('aria-describedby')).toBeTruthy()
    expect(
      document.getElementById(anonymous.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toBe('Ratings are shown and printed without names.')
    await user.click(anonymous)

    await waitFor(async () => expect((await harness.storedWorkshop()).anonymous).toBe(true))
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeTruthy())
  })

  it('saves start and end times and checks the plan against them', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    const start = within(region()).getByLabelText('Start time')
    const end = within(region()).getByLabelText('End time')
    await user.type(start, '09:00')
    await user.type(end, '10:00')
    await user.tab()

    await waitFor(async () => {
      const stored = await harness.storedWorkshop()
      expect([stored.startTime, stored.endTime]).toEqual(['09:00', '10:00'])
    })
    const agenda = screen.getByRole('region', { name: 'Agenda' })
    expect(within(agenda).getByText('Available: 1 h 0 min — 30 min over')).toBeTruthy()
  })

  it('points out an end time before the start time', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.type(within(region()).getByLabelText('Start time'), '14:00')
    await user.type(within(region()).getByLabelText('End time'), '09:30')
    expect(
      await within(region()).findByText('The end time must be after the start time.'),
    ).toBeTruthy()
    expect(within(region()).getByLabelText('End time').getAttribute('aria-invalid')).toBe('true')
  })
})
