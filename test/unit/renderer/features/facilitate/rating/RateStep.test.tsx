import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RateStep } from '../../../../../../renderer/src/features/facilitate/rating/RateStep'
import { snapshot } from '../../../helpers'
import { axeViolations, LENS, openRoom, storedRating, type Room } from './roundFixture'

let room: Room

beforeEach(async () => {
  room = await openRoom()
})

afterEach(async () => {
  cleanup()
  await room.drop()
})

const renderStep = (state: 'current' | 'target' = 'current') =>
  room.render(<RateStep lensId={LENS} state={state} />)
const row = (name: string) => screen.getByRole('group', { name })
const rateButton = (name: string, level: number) =>
  within(row(name)).getByRole('button', { name: new RegExp(`^Rate ${name} ${level}:`) })
const count = () => screen.getByRole('status').textContent

describe('RateStep', () => {
  it('shows the scale to read aloud and how many have rated', () => {
    renderStep()
    expect(screen.getByRole('heading', { level: 2, name: 'Where are we today?' })).toBeTruthy()
    expect(screen.getByText('Shared priorities')).toBeTruthy()
    expect(screen.getByText('strategy at level 3')).toBeTruthy()
    expect(count()).toBe('0 of 3 rated')
    expect(rateButton('Amara Okafor', 3).getAttribute('aria-label')).toBe(
      'Rate Amara Okafor 3: Shared priorities',
    )
    expect(within(row('Amara Okafor')).getByRole('button', { name: 'Amara Okafor is unsure' }))
  })

  it('rates the focused person with a digit and moves on to the next person', async () => {
    const user = userEvent.setup()
    renderStep()
    rateButton('Amara Okafor', 1).focus()

    await user.keyboard('3')

    expect(document.activeElement).toBe(rateButton('Jonas Weber', 1))
    expect(within(row('Amara Okafor')).getByText('Rated')).toBeTruthy()
    expect(count()).toBe('1 of 3 rated')
    await waitFor(async () => expect((await storedRating(room, 'Amara Okafor'))?.value).toBe(3))

    await user.keyboard('5')
    expect((await storedRating(room, 'Jonas Weber'))?.value).toBe(5)
    expect(document.activeElement).toBe(rateButton('Li Chen', 1))
  })

  it('takes 0 and U as unsure, and the last person keeps the focus', async () => {
    const user = userEvent.setup()
    renderStep()
    rateButton('Jonas Weber', 1).focus()

    await user.keyboard('0')
    await user.keyboard('u')

    expect(document.activeElement).toBe(rateButton('Li Chen', 1))
    await waitFor(async () => expect((await storedRating(room, 'Li Chen'))?.value).toBe('unsure'))
    expect((await storedRating(room, 'Jonas Weber'))?.value).toBe('unsure')
    expect(count()).toBe('2 of 3 rated')
  })

  it('ignores keys that are not a score: nothing is written and focus stays', async () => {
    const user = userEvent.setup()
    renderStep()
    const before = await snapshot(room.db)
    const start = rateButton('Amara Okafor', 2)
    start.focus()

    await user.keyboard('7968x-.')

    expect(document.activeElement).toBe(start)
    expect(count()).toBe('0 of 3 rated')
    expect(within(row('Amara Okafor')).getByText('Not rated')).toBeTruthy()
    expect(await snapshot(room.db)).toEqual(before)
  })

  it('offers no way to give a score outside 1 to 5', () => {
    renderStep()
    const names = within(row('Li Chen'))
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(names).toEqual(['1', '2', '3', '4', '5', 'Unsure'])
  })

  it('clears a rating with Backspace or Delete, and with the Clear button', async () => {
    const user = userEvent.setup()
    renderStep()
    rateButton('Amara Okafor', 1).focus()
    await user.keyboard('4')
    rateButton('Amara Okafor', 1).focus()
    await user.keyboard('{Backspace}')
    expect(within(row('Amara Okafor')).getByText('Not rated')).toBeTruthy()
    await waitFor(async () => expect(await storedRating(room, 'Amara Okafor')).toBeUndefined())

    await user.keyboard('2')
    rateButton('Amara Okafor', 4).focus()
    await user.keyboard('{Delete}')
    expect(count()).toBe('0 of 3 rated')

    await user.click(rateButton('Jonas Weber', 2))
    await user.click(screen.getByRole('button', { name: 'Clear the rating of Jonas Weber' }))
    expect(within(row('Jonas Weber')).getByText('Not rated')).toBeTruthy()
    // The Clear button went away with the rating; focus stays in the row.
    expect(document.activeElement).toBe(rateButton('Jonas Weber', 1))
    await waitFor(async () => expect(await storedRating(room, 'Jonas Weber')).toBeUndefined())
  })

  it('moves between people with the arrow keys, keeping the column', async () => {
    const user = userEvent.setup()
    renderStep()
    rateButton('Amara Okafor', 4).focus()
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(rateButton('Jonas Weber', 4))
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(document.activeElement).toBe(rateButton('Li Chen', 4))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(rateButton('Jonas Weber', 4))
    expect(await room.db.ratings.count()).toBe(0)
  })

  it('keeps the value out of the page until the reveal, then shows it', async () => {
    const user = userEvent.setup()
    const { container } = renderStep()
    const amara = row('Amara Okafor')
    rateButton('Amara Okafor', 1).focus()
    await user.keyboard('2')
    const afterTwo = amara.innerHTML
    await user.click(rateButton('Amara Okafor', 5))

    // A 2 and a 5 leave exactly the same markup: nothing to read, nothing to style.
    expect(amara.innerHTML).toBe(afterTwo)
    expect(container.querySelector('[aria-pressed]')).toBeNull()
    expect(within(amara).queryByText(/Leading/)).toBeNull()

    await room.services.edits.setRevealed(LENS, 'current', true)

    expect(await within(amara).findByText('5 · Leading')).toBeTruthy()
    expect(rateButton('Amara Okafor', 5).getAttribute('aria-pressed')).toBe('true')
    expect(rateButton('Amara Okafor', 2).getAttribute('aria-pressed')).toBe('false')
  })

  it('keeps current and target ratings apart', async () => {
    const user = userEvent.setup()
    renderStep('target')
    expect(screen.getByRole('heading', { level: 2, name: 'Where do we want to be?' })).toBeTruthy()
    await user.click(rateButton('Li Chen', 5))
    expect((await storedRating(room, 'Li Chen', 'target'))?.value).toBe(5)
    expect(await storedRating(room, 'Li Chen', 'current')).toBeUndefined()
  })

  it('undo brings back the rating as it was', async () => {
    const user = userEvent.setup()
    renderStep()
    await user.click(rateButton('Amara Okafor', 3))
    await user.click(rateButton('Amara Okafor', 4))
    // Undo takes back recorded steps: let the write of the last one finish, as it would in a room.
    await waitFor(async () => expect((await storedRating(room, 'Amara Okafor'))?.value).toBe(4))

    await room.services.edits.undo()
    await waitFor(async () => expect((await storedRating(room, 'Amara Okafor'))?.value).toBe(3))
    await room.services.edits.undo()

    expect(await within(row('Amara Okafor')).findByText('Not rated')).toBeTruthy()
    expect(await storedRating(room, 'Amara Okafor')).toBeUndefined()
  })

  it('has no accessibility violations, before and after a rating', async () => {
    const user = userEvent.setup()
    const { container } = renderStep()
    expect(await axeViolations(container)).toEqual([])
    await user.click(rateButton('Amara Okafor', 3))
    await room.services.edits.setRevealed(LENS, 'current', true)
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('RateStep with nobody in the room', () => {
  it('explains where people are added and that the room can still agree', async () => {
    cleanup()
    await room.drop()
    room = await openRoom({ people: [] })
    renderStep()
    expect(screen.getByRole('heading', { name: 'No one to rate yet' })).toBeTruthy()
    expect(screen.getByText(/add them on the Prepare tab/)).toBeTruthy()
    expect(screen.getByText(/still agree a score together in the reveal step/)).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
