/**
 * Drag and drop across the two columns, after dnd-kit's multiple-containers pattern. While a card
 * is dragged, a local draft of both columns follows it; the store is written once, on drop, so a
 * move is one undoable step. The draft is kept until that write settles, so nothing flickers.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  closestCenter,
  getFirstCollision,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import type { RatingState } from '@shared/domain'
import { columnOf, isColumnId, sameLists, type ColumnLists } from './cardText'

export interface CardPlace {
  column: RatingState
  index: number
  count: number
}

type Drop = (cardId: string, column: RatingState, index: number) => Promise<unknown>

export function useCardDrag(stored: ColumnLists, drop: Drop) {
  const [draft, setDraft] = useState<ColumnLists | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const lists = draft ?? stored
  // Read by the announcements, which dnd-kit calls right after our handlers, before a render.
  const current = useRef(lists)
  const lastOverId = useRef<UniqueIdentifier | null>(null)
  const movedToNewColumn = useRef(false)

  useEffect(() => {
    current.current = lists
    const frame = requestAnimationFrame(() => (movedToNewColumn.current = false))
    return () => cancelAnimationFrame(frame)
  }, [lists])

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const pointer = pointerWithin(args)
      let overId = getFirstCollision(pointer.length > 0 ? pointer : rectIntersection(args), 'id')
      if (overId != null) {
        // Over a column with cards: aim at the nearest card in it, not at the column itself.
        if (isColumnId(String(overId)) && lists[overId as RatingState].length > 0) {
          const inColumn = lists[overId as RatingState]
          overId =
            closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter((c) =>
                inColumn.includes(String(c.id)),
              ),
            })[0]?.id ?? overId
        }
        lastOverId.current = overId
        return [{ id: overId }]
      }
      // Right after a card changes column the layout shifts and nothing may be under it.
      if (movedToNewColumn.current) lastOverId.current = activeId
      return lastOverId.current != null ? [{ id: lastOverId.current }] : []
    },
    [activeId, lists],
  )

  /** Where a card is, or while dragged over `overId`, where it would land (dnd-kit's sortable
   * lands a card at the index of the card it is over). */
  const placeOf = useCallback((id: string, overId?: string): CardPlace | null => {
    const lists = current.current
    const column = columnOf(lists, id)
    if (!column) return null
    const overIndex = overId ? lists[column].indexOf(overId) : -1
    const index = overIndex >= 0 ? overIndex : lists[column].indexOf(id)
    return { column, index: Math.max(index, 0), count: lists[column].length }
  }, [])

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id))
    setDraft(stored)
    current.current = stored
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const id = String(active.id)
    const from = columnOf(current.current, id)
    const to = over ? columnOf(current.current, String(over.id)) : null
    if (!over || !from || !to || from === to) return
    const target = current.current[to]
    const overIndex = target.indexOf(String(over.id))
    const translated = active.rect.current.translated
    const below = translated ? translated.top > over.rect.top + over.rect.height : false
    const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length
    const next = {
      ...current.current,
      [from]: current.current[from].filter((c) => c !== id),
      [to]: [...target.slice(0, index), id, ...target.slice(index)],
    } as ColumnLists
    movedToNewColumn.current = true
    current.current = next
    setDraft(next)
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id)
    setActiveId(null)
    const column = columnOf(current.current, id)
    if (!over || !column) return onDragCancel()
    const list = current.current[column]
    const from = list.indexOf(id)
    const overIndex = list.indexOf(String(over.id))
    const to = overIndex >= 0 ? overIndex : from
    const next = { ...current.current, [column]: arrayMove(list, from, to) }
    current.current = next
    if (sameLists(next, stored)) return setDraft(null)
    setDraft(next)
    // Kept until written; a failed write leaves the store as it was, and that order shows again.
    void drop(id, column, to).then(() => setDraft((d) => (d === next ? null : d)))
  }

  function onDragCancel() {
    setActiveId(null)
    setDraft(null)
    current.current = stored
  }

  const handlers = { onDragStart, onDragOver, onDragEnd, onDragCancel }

  return { lists, activeId, sensors, collisionDetection, placeOf, handlers }
}
