/**
 * Shared by the cards board tests: a workshop over a fresh database, the board rendered on it,
 * and ways to read the board as a person does (by roles and labels) and the database as stored.
 */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Card } from '@shared/domain'
import { CardsBoard } from '../../../../../../renderer/src/features/facilitate/cards/CardsBoard'
import { renderWithServices } from '../../../render'
import { workshopFixture } from '../../../workshopFixture'

export type ColumnName = 'Today' | 'Where we want to be'

/** Registers the set-up and tear-down of each test; call once at the top of a test file. */
export function boardFixture() {
  const room = workshopFixture()

  return {
    get services() {
      return room.services
    },

    seedCard(text: string, column: Card['column'], order: number, tags: string[] = []) {
      return room.db.cards.add({
        id: `seed-${text.replace(/\W+/g, '-')}`,
        workshopId: room.workshop.id,
        lensId: 'strategy',
        column,
        text,
        tags,
        order,
        createdAt: 0,
        updatedAt: 0,
      })
    },

    async renderBoard(focusColumn: Card['column'] = 'current') {
      await room.services.workshop.actions.open(room.workshop.id)
      renderWithServices(<CardsBoard lensId="strategy" focusColumn={focusColumn} />, room.services)
      return userEvent.setup()
    },

    /** The cards as stored, in their column order. */
    async stored() {
      const cards = await room.db.cards.where({ workshopId: room.workshop.id }).toArray()
      return cards.sort((a, b) => a.order - b.order)
    },
  }
}

export const column = (name: ColumnName) => screen.getByRole('region', { name })

/** The cards of a column as shown: list items with a drag handle, read by their text. */
export function cardTexts(name: ColumnName): string[] {
  return within(column(name))
    .queryAllByRole('listitem')
    .filter((item) => within(item).queryByRole('button', { name: /^Drag / }))
    .map((item) => within(item).getByRole('paragraph').textContent ?? '')
}

export function cardItem(text: string): HTMLElement {
  const item = screen.getByText(text).closest('li')
  if (!item) throw new Error(`no card "${text}"`)
  return item
}
