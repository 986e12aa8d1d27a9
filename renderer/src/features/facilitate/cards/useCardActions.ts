/**
 * The board's edits with what follows each one: a short status line (with Undo after a delete),
 * and the focus put back where a keyboard user expects it. Forms get the outcome, to show a
 * problem next to the text they refused. The actions stay the same functions from one change to
 * the next, so the cards that did not change are not drawn again.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { Card, RatingState } from '@shared/domain'
import { useServices, useWorkshopEdits } from '../../../store/context'
import type { HistoryEntry } from '../../../store/session/sessionStore'
import { cardSummary, otherColumn, type ColumnLists } from './cardText'
import { addField, cardPart, useFocusRequest } from './useFocusRequest'

export type CardNotice =
  | { kind: 'added' | 'moved' | 'saved'; card: string; column: RatingState; key: number }
  | {
      kind: 'deleted'
      cardId: string
      column: RatingState
      /** The undo step of this delete: Undo is offered only while it is the latest one. */
      entry: HistoryEntry | undefined
      key: number
    }
  | { kind: 'restored' | 'failed'; key: number }
  | { kind: 'betMade'; title: string; key: number }

type WithoutKey<T> = T extends unknown ? Omit<T, 'key'> : never
type NoticeBody = WithoutKey<CardNotice>

let noticeKey = 0

export function useCardActions(
  lensId: string,
  lists: ColumnLists,
  root: RefObject<HTMLElement | null>,
) {
  const edits = useWorkshopEdits()
  const { workshop } = useServices()
  const [notice, setNotice] = useState<CardNotice | null>(null)
  const requestFocus = useFocusRequest(root)
  // The columns as last drawn, read when an action runs rather than when it was made.
  const current = useRef(lists)
  useEffect(() => {
    current.current = lists
  }, [lists])

  // A new key each time, so the same words said twice are still announced twice.
  const tell = useCallback((body: NoticeBody) => setNotice({ ...body, key: ++noticeKey }), [])

  const actions = useMemo(
    () => ({
      async add(column: RatingState, text: string, tags: string[]) {
        const outcome = await edits.addCard(lensId, column, text, tags)
        if (outcome.ok) tell({ kind: 'added', card: cardSummary(text), column })
        return outcome
      },

      async update(card: Card, patch: { text: string; tags: string[] }) {
        const outcome = await edits.updateCard(card.id, patch)
        if (outcome.ok) tell({ kind: 'saved', card: cardSummary(patch.text), column: card.column })
        return outcome
      },

      async moveToOther(card: Card) {
        const column = otherColumn(card.column)
        requestFocus(cardPart(column, card.id, 'move'))
        const outcome = await edits.moveCard(card.id, column, current.current[column].length)
        tell(
          outcome.ok ? { kind: 'moved', card: cardSummary(card.text), column } : { kind: 'failed' },
        )
      },

      async remove(card: Card) {
        // The card after it takes its place under the focus, or the one before, or the add field.
        const list = current.current[card.column]
        const index = list.indexOf(card.id)
        const neighbour = list[index + 1] ?? list[index - 1]
        requestFocus(neighbour ? cardPart(card.column, neighbour, 'handle') : addField(card.column))
        const outcome = await edits.removeCard(card.id)
        if (!outcome.ok) return tell({ kind: 'failed' })
        const entry = workshop.store.getState().history.past.at(-1)
        tell({ kind: 'deleted', cardId: card.id, column: card.column, entry })
      },

      async undoDelete(cardId: string, column: RatingState) {
        requestFocus(cardPart(column, cardId, 'handle'))
        const ok = await edits.undo()
        tell(ok ? { kind: 'restored' } : { kind: 'failed' })
      },

      async drop(cardId: string, column: RatingState, index: number) {
        const outcome = await edits.moveCard(cardId, column, index)
        if (!outcome.ok) tell({ kind: 'failed' })
      },

      /** A bet was made from a card: said with a link to the bets, the room stays on the board. */
      betMade(title: string) {
        tell({ kind: 'betMade', title })
      },
    }),
    [edits, workshop, lensId, tell, requestFocus],
  )

  return { notice, actions }
}

export type CardActions = ReturnType<typeof useCardActions>['actions']
