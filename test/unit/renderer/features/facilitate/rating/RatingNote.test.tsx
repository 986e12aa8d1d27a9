import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RateStep } from '../../../../../../renderer/src/features/facilitate/rating/RateStep'
import { AUTOSAVE_DELAY_MS } from '../../../../../../renderer/src/ui/useAutosave'
import { LENS, openRoom, storedRating, type Room } from './roundFixture'

let room: Room

beforeEach(async () => {
  room = await openRoom()
})

afterEach(async () => {
  cleanup()
  await room.drop()
})

const note = (name: string) =>
  screen.getByRole('textbox', { name: `Note for ${name}` }) as HTMLInputElement

describe('the note on a rating', () => {
  it('can only be written once the person has rated', async () => {
    const user = userEvent.setup()
    room.render(<RateStep lensId={LENS} state="current" />)
    expect(note('Amara Okafor').disabled).toBe(true)
    await user.click(screen.getByRole('button', { name: /^Rate Amara Okafor 2:/ }))
    expect(note('Amara Okafor').disabled).toBe(false)
  })

  it('is saved shortly after typing stops, not on every keystroke', async () => {
    const user = userEvent.setup()
    room.render(<RateStep lensId={LENS} state="current" />)
    await user.click(screen.getByRole('button', { name: /^Rate Amara Okafor 2:/ }))
    const saves = vi.spyOn(room.services.edits, 'setRatingNote')

    await user.type(note('Amara Okafor'), 'Budget 2025')

    // Digits typed in a note are words, not scores.
    expect((await storedRating(room, 'Amara Okafor'))?.value).toBe(2)
    expect(saves).not.toHaveBeenCalled()
    await waitFor(
      async () => expect((await storedRating(room, 'Amara Okafor'))?.note).toBe('Budget 2025'),
      { timeout: AUTOSAVE_DELAY_MS * 5 },
    )
    expect(saves).toHaveBeenCalledTimes(1)
  })

  it('is saved at once when the field loses focus', async () => {
    const user = userEvent.setup()
    room.render(<RateStep lensId={LENS} state="current" />)
    await user.click(screen.getByRole('button', { name: /^Rate Jonas Weber 4:/ }))
    const saves = vi.spyOn(room.services.edits, 'setRatingNote')

    fireEvent.change(note('Jonas Weber'), { target: { value: 'Sales sees it differently' } })
    expect(saves).not.toHaveBeenCalled()
    fireEvent.blur(note('Jonas Weber'))

    expect(saves).toHaveBeenCalledWith(
      room.ids['Jonas Weber'],
      LENS,
      'current',
      'Sales sees it differently',
    )
    await waitFor(async () =>
      expect((await storedRating(room, 'Jonas Weber'))?.note).toBe('Sales sees it differently'),
    )
  })

  it('follows an undo made elsewhere', async () => {
    const user = userEvent.setup()
    room.render(<RateStep lensId={LENS} state="current" />)
    await user.click(screen.getByRole('button', { name: /^Rate Li Chen 3:/ }))
    await user.type(note('Li Chen'), 'Unclear')
    await user.tab()
    await waitFor(async () => expect((await storedRating(room, 'Li Chen'))?.note).toBe('Unclear'))

    await room.services.edits.undo()

    await waitFor(() => expect(note('Li Chen').value).toBe(''))
  })
})
