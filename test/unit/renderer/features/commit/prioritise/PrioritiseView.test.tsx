/** The prioritise view: moving bets by buttons, the commit line, the parking lot, the dots. */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Bet } from '@shared/domain'
import {
  axeViolations,
  button,
  group,
  notice,
  prioritiseFixture,
  titles,
} from './prioritiseFixture'

const view = prioritiseFixture()
const renderView = (bets: Bet[] = view.roomBets(), options: { revealed?: boolean } = {}) =>
  view.renderView(bets, options)
const stored = view.stored

describe('PrioritiseView', () => {
  it('shows the committed bets numbered, the line, the waiting bets and the parking lot', async () => {
    const { container } = await renderView()
    expect(titles('Committed')).toEqual(['Discovery weekly', 'One strategy page'])
    expect(titles('Waiting')).toEqual(['Pair with sales', 'Kill the roadmap deck'])
    expect(titles('Parking lot')).toEqual(['Hackathon'])
    const ranks = Array.from(container.querySelectorAll('.priority-bet__rank'))
    expect(ranks.map((r) => r.textContent)).toEqual(['1', '2', '3', '4'])
    const line = screen.getByRole('group', { name: 'Commit line' })
    expect(line.textContent).toContain('Above the line: we commit · below: it waits')
    expect(within(group('Committed')).getByText('Owner: Amara · Horizon: Q3')).toBeTruthy()
    // Done bets are not prioritised; they are only counted.
    expect(screen.getByText('1 closed bet, not prioritised')).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('hides the dots until the votes are revealed, and offers no ordering by them', async () => {
    const { container } = await renderView()
    expect(container.textContent).not.toMatch(/\d+ dots?\b/)
    expect(container.querySelector('.priority-bet__dots')).toBeNull()
    expect((button('Order by votes') as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('Reveal the dot votes first to order the bets by them.')).toBeTruthy()
  })

  it('shows the dots once revealed and orders by them, keeping the line', async () => {
    const { user, container } = await renderView(view.roomBets(), { revealed: true })
    const dots = Array.from(container.querySelectorAll('.priority-bet__dots'))
    expect(dots.map((d) => d.textContent)).toEqual([
      '0 dots',
      '0 dots',
      '3 dots',
      '0 dots',
      '1 dot',
    ])
    await user.click(button('Order by votes'))
    await waitFor(() =>
      expect(titles('Committed')).toEqual(['Pair with sales', 'Discovery weekly']),
    )
    expect(titles('Waiting')).toEqual(['One strategy page', 'Kill the roadmap deck'])
    expect(titles('Parking lot')).toEqual(['Hackathon'])
    await waitFor(() => expect(notice()).toMatch(/Ordered by votes/))
  })

  it('moves a bet up and down its group with the buttons, focus following it', async () => {
    const { user } = await renderView()
    await user.click(button('Move “Kill the roadmap deck” up'))
    await waitFor(() =>
      expect(titles('Waiting')).toEqual(['Kill the roadmap deck', 'Pair with sales']),
    )
    await waitFor(async () =>
      expect(await stored('proposed')).toEqual(['Kill the roadmap deck', 'Pair with sales']),
    )
    // At the top of its group the Up button is off; the focus went to Down.
    expect((button('Move “Kill the roadmap deck” up') as HTMLButtonElement).disabled).toBe(true)
    await waitFor(() =>
      expect(document.activeElement).toBe(button('Move “Kill the roadmap deck” down')),
    )
    await user.click(button('Move “Discovery weekly” down'))
    await waitFor(() =>
      expect(titles('Committed')).toEqual(['One strategy page', 'Discovery weekly']),
    )
  })

  it('commits, moves below the line, parks and brings back, focus on the way back', async () => {
    const { user } = await renderView()
    await user.click(button('Commit “Pair with sales”'))
    await waitFor(() =>
      expect(titles('Committed')).toEqual([
        'Discovery weekly',
        'One strategy page',
        'Pair with sales',
      ]),
    )
    await waitFor(async () => expect(await stored('committed')).toEqual(titles('Committed')))
    await waitFor(() =>
      expect(document.activeElement).toBe(button('Move below the line: “Pair with sales”')),
    )
    expect(notice()).toBe('“Pair with sales” is at position 3 of 3 above the line.')

    await user.click(button('Move below the line: “Discovery weekly”'))
    await waitFor(() =>
      expect(titles('Waiting')).toEqual(['Discovery weekly', 'Kill the roadmap deck']),
    )

    await user.click(button('Park “One strategy page”'))
    await waitFor(() => expect(titles('Parking lot')).toEqual(['Hackathon', 'One strategy page']))
    await waitFor(async () =>
      expect(await stored('parked')).toEqual(['Hackathon', 'One strategy page']),
    )
    await waitFor(() =>
      expect(document.activeElement).toBe(button('Bring back “One strategy page”')),
    )

    await user.click(button('Bring back “Hackathon”'))
    await waitFor(() =>
      expect(titles('Waiting')).toEqual(['Discovery weekly', 'Kill the roadmap deck', 'Hackathon']),
    )
    expect(titles('Parking lot')).toEqual(['One strategy page'])
  })

  it('moves the line up and down with its own buttons', async () => {
    const { user } = await renderView()
    await user.click(button('Move the line down'))
    await waitFor(() => expect(titles('Committed')).toHaveLength(3))
    await waitFor(async () =>
      expect(await stored('committed')).toEqual([
        'Discovery weekly',
        'One strategy page',
        'Pair with sales',
      ]),
    )
    await user.click(button('Move the line up'))
    await user.click(button('Move the line up'))
    await user.click(button('Move the line up'))
    await waitFor(() => expect(titles('Committed')).toEqual([]))
    expect(
      screen.getByText('Nothing is committed yet. Move the line down, or drag a bet here.'),
    ).toBeTruthy()
    expect((button('Move the line up') as HTMLButtonElement).disabled).toBe(true)
    await waitFor(() => expect(document.activeElement).toBe(button('Move the line down')))
    await waitFor(async () => expect(await stored('proposed')).toHaveLength(4))
    await view.services.edits.undo()
    await waitFor(() => expect(titles('Committed')).toEqual(['Discovery weekly']))
  })

  it('names the drag handles and tells how to drag with the keyboard, in our words', async () => {
    await renderView()
    const handle = button('Drag “Hackathon”')
    expect(handle.getAttribute('aria-roledescription')).toBe('draggable bet')
    const instructions = document.getElementById(handle.getAttribute('aria-describedby') ?? '')
    expect(instructions?.textContent).toMatch(/across the commit line, or to the parking lot/)
  })

  it('offers the bets view when there is nothing to prioritise', async () => {
    const { container } = await renderView([view.bet('Old bet', 'dropped', 0)])
    expect(screen.getByText('There are no bets to prioritise yet.')).toBeTruthy()
    const link = screen.getByRole('link', { name: 'Write the first bets' })
    expect(link.getAttribute('href')).toBe(`/workshops/${view.workshopId}/commit/bets`)
    expect(screen.queryByRole('button', { name: 'Order by votes' })).toBeNull()
    expect(await axeViolations(container)).toEqual([])
  })
})
