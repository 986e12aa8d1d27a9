/** The cards board: editing, deleting with undo, and moving cards between the columns. */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { boardFixture, cardItem, cardTexts, column } from './boardFixture'

const board = boardFixture()

describe('CardsBoard: changing cards', () => {
  it('edits a card in place: Escape cancels, Save and Ctrl+Enter save', async () => {
    await board.seedCard('Strategy is a deck', 'current', 0, ['docs'])
    const user = await board.renderBoard()

    await user.click(within(cardItem('Strategy is a deck')).getByRole('button', { name: 'Edit' }))
    const text = screen.getByRole('textbox', { name: 'Card text' })
    expect(document.activeElement).toBe(text)
    await user.type(text, ' nobody reads')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: 'Card text' })).toBeNull()
    expect(cardTexts('Today')).toEqual(['Strategy is a deck'])
    const edit = within(cardItem('Strategy is a deck')).getByRole('button', { name: 'Edit' })
    expect(document.activeElement).toBe(edit)

    await user.click(edit)
    await user.type(screen.getByRole('textbox', { name: 'Card text' }), ' nobody reads')
    const tags = within(column('Today')).getAllByRole('textbox', { name: 'Tags' })[0] as HTMLElement
    await user.clear(tags)
    await user.type(tags, 'docs, habits')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(cardTexts('Today')).toEqual(['Strategy is a deck nobody reads']))
    expect((await board.stored())[0]).toMatchObject({
      text: 'Strategy is a deck nobody reads',
      tags: ['docs', 'habits'],
    })

    await user.click(
      within(cardItem('Strategy is a deck nobody reads')).getByRole('button', { name: 'Edit' }),
    )
    const again = screen.getByRole('textbox', { name: 'Card text' })
    await user.clear(again)
    await user.type(again, 'Strategy lives in one page{Control>}{Enter}{/Control}')
    await waitFor(async () =>
      expect((await board.stored())[0]?.text).toBe('Strategy lives in one page'),
    )
  })

  it('keeps the editor open with a message when the edited text is emptied', async () => {
    await board.seedCard('Strategy is a deck', 'current', 0)
    const user = await board.renderBoard()
    await user.click(screen.getByRole('button', { name: 'Edit' }))
    await user.clear(screen.getByRole('textbox', { name: 'Card text' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect((await screen.findByRole('alert')).textContent).toMatch(/Write something first/)
    expect((await board.stored())[0]?.text).toBe('Strategy is a deck')
  })

  it('deletes a card at once and brings it back with Undo', async () => {
    await board.seedCard('Keep me', 'current', 0)
    await board.seedCard('Delete me', 'current', 1, ['oops'])
    const user = await board.renderBoard()

    await user.click(within(cardItem('Delete me')).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(cardTexts('Today')).toEqual(['Keep me']))
    const status = await screen.findByText('Card deleted.')
    await waitFor(async () =>
      expect((await board.stored()).map((c) => c.text)).toEqual(['Keep me']),
    )
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Drag Keep me')

    await user.click(
      within(status.closest('.notice') as HTMLElement).getByRole('button', { name: 'Undo' }),
    )
    await waitFor(() => expect(cardTexts('Today')).toEqual(['Keep me', 'Delete me']))
    expect(screen.queryByText('Card deleted.')).toBeNull()
    await waitFor(async () =>
      expect((await board.stored()).map((c) => [c.text, c.tags])).toEqual([
        ['Keep me', []],
        ['Delete me', ['oops']],
      ]),
    )
  })

  it('stops offering Undo once a later change would be undone instead', async () => {
    await board.seedCard('Delete me', 'current', 0)
    const user = await board.renderBoard()
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Card deleted.')).toBeTruthy()

    await user.type(screen.getByRole('textbox', { name: 'Add an observation' }), 'Later{Enter}')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull())
    expect(screen.queryByText('Card deleted.')).toBeNull()
  })

  it('moves a card to the end of the other column and back, and saves where it is', async () => {
    await board.seedCard('Already a target', 'target', 0)
    await board.seedCard('Small bets', 'current', 0)
    const user = await board.renderBoard()

    const move = within(cardItem('Small bets')).getByRole('button', {
      name: 'Move to Where we want to be',
    })
    await user.click(move)
    await waitFor(() =>
      expect(cardTexts('Where we want to be')).toEqual(['Already a target', 'Small bets']),
    )
    expect(cardTexts('Today')).toEqual([])
    const back = within(cardItem('Small bets')).getByRole('button', { name: 'Move to Today' })
    await waitFor(() => expect(document.activeElement).toBe(back))
    await waitFor(async () =>
      expect((await board.stored()).find((c) => c.text === 'Small bets')).toMatchObject({
        column: 'target',
        order: 1,
      }),
    )

    await user.click(back)
    await waitFor(() => expect(cardTexts('Today')).toEqual(['Small bets']))
    await waitFor(async () =>
      expect((await board.stored()).find((c) => c.text === 'Small bets')?.column).toBe('current'),
    )
  })

  it('names each drag handle after the first words of its card', async () => {
    await board.seedCard('Leaders ask for dates before the problem is understood', 'current', 0)
    await board.renderBoard()
    expect(
      screen.getByRole('button', { name: 'Drag Leaders ask for dates before the…' }),
    ).toBeTruthy()
  })
})
