/**
 * The cards of one lens: what the room observes today and what good looks like, side by side in
 * a fixed order (Today | Where we want to be). Cards are added, edited, moved and reordered here,
 * by buttons or by dragging with pointer or keyboard; every change is saved and undoable.
 */
import { useCallback, useMemo, useRef } from 'react'
import { DndContext, DragOverlay } from '@dnd-kit/core'
import type { Card, RatingState } from '@shared/domain'
import { useSession } from '../../../store/context'
import { useListsDrag } from '../../../ui/useListsDrag'
import { CardColumn } from './CardColumn'
import { CardContent } from './CardContent'
import { CardNoticeLine } from './CardNoticeLine'
import { useCardAnnouncements } from './cardAnnouncements'
import { cardSummary, COLUMN_LAYOUT, columnLists, COLUMNS } from './cardText'
import { useCardActions } from './useCardActions'
import { addField } from './useFocusRequest'

interface Props {
  lensId: string
  /** Which column the room is talking about now; it gets the visual emphasis. */
  focusColumn: RatingState
}

const NO_CARDS: Card[] = []

export function CardsBoard({ lensId, focusColumn }: Props) {
  const root = useRef<HTMLDivElement>(null)
  const allCards = useSession((s) => s.data?.cards ?? NO_CARDS)
  const cards = useMemo(() => allCards.filter((c) => c.lensId === lensId), [allCards, lensId])
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards])
  const stored = useMemo(() => columnLists(cards), [cards])

  const { notice, actions } = useCardActions(lensId, stored, root)
  const drag = useListsDrag(stored, COLUMN_LAYOUT, actions.drop)
  const summaryOf = useCallback((id: string) => cardSummary(byId.get(id)?.text ?? ''), [byId])
  const accessibility = useCardAnnouncements(summaryOf, drag.placeOf)
  const active = drag.activeId ? byId.get(drag.activeId) : undefined

  return (
    <div ref={root} className="cards-board">
      <DndContext {...drag.dndProps} accessibility={accessibility}>
        <div className="cards-board__columns">
          {COLUMNS.map((column) => (
            <CardColumn
              key={column}
              column={column}
              cards={drag.lists[column].flatMap((id) => byId.get(id) ?? [])}
              focused={column === focusColumn}
              actions={actions}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={drag.dropAnimation}>
          {active && (
            <div className="card card--overlay">
              <CardContent card={active} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <CardNoticeLine
        notice={notice}
        onUndo={actions.undoDelete}
        // The dismissed line took the focus with it: give it to the column being discussed.
        onDismiss={() => root.current?.querySelector<HTMLElement>(addField(focusColumn))?.focus()}
      />
    </div>
  )
}
