import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_LENS_MINUTES, MIN_LENS_MINUTES } from '@shared/domain'
import { openWorkshop, renderPrepare, type Harness } from './harness'

let harness: Harness

afterEach(async () => {
  await harness.dispose()
})

const region = () => screen.getByRole('region', { name: 'Agenda' })
const agendaList = () =>
  within(region()).getByRole('list', { name: 'Lenses on the agenda, in order' })
const include = (lens: string) =>
  within(region()).getByRole('checkbox', { name: `Include ${lens}` }) as HTMLInputElement
const minutes = (lens: string) =>
  within(region()).getByRole('spinbutton', { name: `Minutes for ${lens}` }) as HTMLInputElement
const storedAgenda = async () =>
  (await harness.storedWorkshop()).agenda.map((i) => `${i.lensId}:${i.minutes}`)
const summary = () => within(region()).getByText(/^Planned:/).parentElement?.textContent

describe('the agenda', () => {
  it('lists every lens of the frozen template, included, in agenda order', async () => {
    harness = await openWorkshop()
    renderPrepare(harness)
    const names = within(agendaList())
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-label'))
    expect(names).toEqual([
      'Include Lens strategy',
      'Include Lens discovery',
      'Include Lens delivery',
    ])
    expect(include('Lens strategy').checked).toBe(true)
  })

  it('takes a lens off, keeps at least one, and puts one back at the end with its timebox', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.clear(minutes('Lens strategy'))
    await user.type(minutes('Lens strategy'), '45{Enter}')
    await user.click(include('Lens strategy'))
    await waitFor(async () => expect(await storedAgenda()).toEqual(['discovery:30', 'delivery:30']))
    const excluded = within(region()).getByRole('list', { name: 'Not on the agenda' })
    expect(
      within(excluded).getByRole('checkbox', { name: 'Include Lens strategy' }),
    ).toHaveProperty('checked', false)
    // Focus follows the lens to where it now is.
    expect(document.activeElement).toBe(include('Lens strategy'))

    await user.click(include('Lens discovery'))
    expect(include('Lens delivery').disabled).toBe(true)
    expect(within(region()).getByText('At least one lens must stay on the agenda.')).toBeTruthy()
    const described = include('Lens delivery').getAttribute('aria-describedby')
    expect(document.getElementById(described ?? '')?.textContent).toContain('At least one lens')

    await user.click(include('Lens strategy'))
    await waitFor(async () => expect(await storedAgenda()).toEqual(['delivery:30', 'strategy:45']))
    expect(include('Lens delivery').disabled).toBe(false)
  })

  it('clamps a typed timebox to the allowed range when it is committed', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.clear(minutes('Lens discovery'))
    await user.type(minutes('Lens discovery'), '999')
    await user.tab()
    expect(minutes('Lens discovery').value).toBe(String(MAX_LENS_MINUTES))
    await user.clear(minutes('Lens delivery'))
    await user.type(minutes('Lens delivery'), '1{Enter}')
    expect(minutes('Lens delivery').value).toBe(String(MIN_LENS_MINUTES))

    await waitFor(async () =>
      expect(await storedAgenda()).toEqual([
        'strategy:30',
        `discovery:${MAX_LENS_MINUTES}`,
        `delivery:${MIN_LENS_MINUTES}`,
      ]),
    )
  })

  it('moves a lens with the Move buttons and saves the order', async () => {
    harness = await openWorkshop()
    const user = userEvent.setup()
    renderPrepare(harness)

    await user.click(within(agendaList()).getByRole('button', { name: 'Move Lens delivery up' }))
    await waitFor(async () =>
      expect(await storedAgenda()).toEqual(['strategy:30', 'delivery:30', 'discovery:30']),
    )
  })
})

describe('the plan against the clock', () => {
  it('asks for times while none are set', async () => {
    harness = await openWorkshop()
    renderPrepare(harness)
    expect(summary()).toBe('Planned: 1 h 30 minSet a start and end time to check the plan.')
  })

  it('says how far over the plan runs, and when each lens starts', async () => {
    harness = await openWorkshop()
    await harness.services.edits.updateWorkshop({ startTime: '09:00', endTime: '10:00' })
    renderPrepare(harness)
    expect(summary()).toBe('Planned: 1 h 30 minAvailable: 1 h 0 min — 30 min over')
    const rows = within(agendaList()).getAllByRole('listitem')
    expect(rows.map((row) => within(row).getByText(/^Starts/).textContent)).toEqual([
      'Starts 09:00',
      'Starts 09:30',
      'Starts 10:00',
    ])
  })

  it('says how much time is to spare, and follows a changed timebox', async () => {
    harness = await openWorkshop()
    await harness.services.edits.updateWorkshop({ startTime: '09:00', endTime: '11:15' })
    const user = userEvent.setup()
    renderPrepare(harness)
    expect(summary()).toBe('Planned: 1 h 30 minAvailable: 2 h 15 min — 45 min to spare')

    await user.clear(minutes('Lens strategy'))
    await user.type(minutes('Lens strategy'), '75{Enter}')
    expect(summary()).toBe('Planned: 2 h 15 minAvailable: 2 h 15 min — exactly the time you have')
  })
})
