/**
 * Shared by the cards board tests: a workshop over a fresh database, the board rendered on it,
 * and ways to read the board as a person does (by roles and labels) and the database as stored.
 */
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, vi } from 'vitest'
import type { Card, Workshop } from '@shared/domain'
import type { VantageDatabase } from '../../../../../../renderer/src/db'
import { CardsBoard } from '../../../../../../renderer/src/features/facilitate/cards/CardsBoard'
import type { AppServices } from '../../../../../../renderer/src/store/appServices'
import { details, dropDatabase, freshDatabase, testRecords, testTemplate } from '../../../helpers'
import { createAppServices, renderWithServices } from '../../../render'

export type ColumnName = 'Today' | 'Where we want to be'

/** Registers the set-up and tear-down of each test; call once at the top of a test file. */
export function boardFixture() {
  let db: VantageDatabase
  let services: AppServices
  let workshop: Workshop

  beforeEach(async () => {
    db = freshDatabase()
    services = createAppServices(db, { records: testRecords(), template: testTemplate() })
    workshop = await services.repositories.workshops.create(details(), testTemplate())
  })

  afterEach(async () => {
    vi.restoreAllMocks()
    cleanup()
    await dropDatabase(db)
  })

  return {
    get services() {
      return services
    },

    seedCard(text: string, column: Card['column'], order: number, tags: string[] = []) {
      return db.cards.add({
        id: `seed-${text.replace(/\W+/g, '-')}`,
        workshopId: workshop.id,
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
      await services.workshop.actions.open(workshop.id)
      renderWithServices(<CardsBoard lensId="strategy" focusColumn={focusColumn} />, services)
      return userEvent.setup()
    },

    /** The cards as stored, in their column order. */
    async stored() {
      const cards = await db.cards.where({ workshopId: workshop.id }).toArray()
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
