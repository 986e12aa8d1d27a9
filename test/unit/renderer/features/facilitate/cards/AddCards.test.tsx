/** The cards board: its two columns, and adding cards to them (what is kept, what is refused). */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { boardFixture, cardItem, cardTexts, column } from './boardFixture'

const board = boardFixture()

describe('CardsBoard: columns and adding', () => {
  it('shows both columns in a fixed order with counts, and marks the one being discussed', async () => {
    await board.seedCard('Roadmaps are feature lists', 'current', 0)
    await board.renderBoard('target')

    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))
    expect(regions).toHaveLength(2)
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Today',
      'Where we want to be',
    ])
    expect(within(column('Today')).getByText('1 card')).toBeTruthy()
    expect(within(column('Where we want to be')).getByText('0 cards')).toBeTruthy()
    expect(within(column('Where we want to be')).getByText('Now discussing')).toBeTruthy()
    expect(within(column('Today')).queryByText('Now discussing')).toBeNull()
  })

  it('shows the cards of each column in their stored order, not the order they were made', async () => {
    await board.seedCard('Third', 'current', 2)
    await board.seedCard('First', 'current', 0)
    await board.seedCard('Second', 'current', 1)
    await board.seedCard('Target one', 'target', 0)
    await board.renderBoard()

    expect(cardTexts('Today')).toEqual(['First', 'Second', 'Third'])
    expect(cardTexts('Where we want to be')).toEqual(['Target one'])
  })

  it('adds a card with Enter, keeps the focus for the next one, and saves its tags', async () => {
    const user = await board.renderBoard()
    const field = screen.getByRole('textbox', { name: 'Add an observation' })
    const tags = within(column('Today')).getByRole('textbox', { name: 'Tags' })

    await user.type(tags, 'Process, speed , process')
    await user.type(field, 'Teams wait weeks for approvals{Enter}')

    await waitFor(() => expect(cardTexts('Today')).toEqual(['Teams wait weeks for approvals']))
    expect(field).toHaveProperty('value', '')
    expect(document.activeElement).toBe(field)
    const card = cardItem('Teams wait weeks for approvals')
    const chips = within(card).getByRole('list', { name: 'Tags' })
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Process', 'speed'])

    await user.type(field, 'Nobody owns the funnel{Enter}')
    await waitFor(() => expect(cardTexts('Today')).toHaveLength(2))
    expect(within(column('Today')).getByText('2 cards')).toBeTruthy()
    const saved = await board.stored()
    expect(saved.map((c) => [c.text, c.column, c.order, c.tags])).toEqual([
      ['Teams wait weeks for approvals', 'current', 0, ['Process', 'speed']],
      ['Nobody owns the funnel', 'current', 1, []],
    ])
  })

  it('starts a new line with Shift+Enter instead of adding', async () => {
    const user = await board.renderBoard()
    const field = screen.getByRole('textbox', { name: 'Describe what good looks like' })
    await user.type(field, 'Teams own outcomes{Shift>}{Enter}{/Shift}end to end')
    expect(field).toHaveProperty('value', 'Teams own outcomes\nend to end')
    expect(await board.stored()).toEqual([])

    await user.click(
      within(column('Where we want to be')).getByRole('button', { name: 'Add card' }),
    )
    await waitFor(async () =>
      expect((await board.stored())[0]?.text).toBe('Teams own outcomes\nend to end'),
    )
  })

  it('refuses an empty card with a message and saves nothing', async () => {
    const user = await board.renderBoard()
    const field = screen.getByRole('textbox', { name: 'Add an observation' })
    await user.type(field, '   {Enter}')

    expect((await screen.findByRole('alert')).textContent).toMatch(/Write something first/)
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(field)
    expect(await board.stored()).toEqual([])
    expect(cardTexts('Today')).toEqual([])
  })

  it('refuses a card that is too long, keeping the text to shorten', async () => {
    const user = await board.renderBoard()
    const field = screen.getByRole('textbox', { name: 'Add an observation' })
    await user.click(field)
    await user.paste('x'.repeat(501))
    await user.keyboard('{Enter}')

    expect((await screen.findByRole('alert')).textContent).toMatch(/under 500 characters.*501/)
    expect((field as HTMLTextAreaElement).value).toHaveLength(501)
    expect(await board.stored()).toEqual([])
  })

  it('keeps the typed text and says so when a card cannot be saved', async () => {
    const user = await board.renderBoard()
    vi.spyOn(board.services.repositories.changes, 'apply').mockRejectedValue(new Error('disk full'))
    const field = screen.getByRole('textbox', { name: 'Add an observation' })
    await user.type(field, 'Decisions wait for the steering committee{Enter}')

    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not save the card/)
    expect(field).toHaveProperty('value', 'Decisions wait for the steering committee')
    expect(cardTexts('Today')).toEqual([])
    expect(await board.stored()).toEqual([])
  })
})
