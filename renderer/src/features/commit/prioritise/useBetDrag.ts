/**
 * Drag and drop within and across the three groups (committed, waiting, parking lot), after
 * dnd-kit's multiple-containers pattern and the cards board. While a bet is dragged a local draft
 * of the groups follows it; the store is written once, on drop, so a move is one undoable step.
 * The draft is kept until that write settles, so nothing flickers.
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
import type { PriorityGroup } from '@shared/domain'
import { groupOf, isGroupDropId, sameLists, type GroupLists } from './priorityLists'

export interface BetPlace {
  group: PriorityGroup
  index: number
  count: number
}

type Drop = (betId: string, group: PriorityGroup, index: number) => Promise<unknown>

export function useBetDrag(stored: GroupLists, drop: Drop) {
  const [draft, setDraft] = useState<GroupLists | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const lists = draft ?? stored
  // Read by the announcements, which dnd-kit calls right after our handlers, before a render.
  const current = useRef(lists)
  const lastOverId = useRef<UniqueIdentifier | null>(null)
  const movedToNewGroup = useRef(false)

  useEffect(() => {
    current.current = lists
    const frame = requestAnimationFrame(() => (movedToNewGroup.current = false))
    return () => cancelAnimationFrame(frame)
  }, [lists])

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  // The group under the pointer wins (so a drop lands where it is aimed, even across groups);
  // inside a group with bets, the bet nearest to the dragged one is the target.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const pointer = pointerWithin(args)
      let overId = getFirstCollision(pointer.length > 0 ? pointer : rectIntersection(args), 'id')
      if (overId != null) {
        const group = isGroupDropId(String(overId)) ? groupOf(lists, String(overId)) : null
        if (group && lists[group].length > 0) {
          const inGroup = lists[group]
          overId =
            closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter((c) =>
                inGroup.includes(String(c.id)),
              ),
            })[0]?.id ?? overId
        }
        lastOverId.current = overId
        return [{ id: overId }]
      }
      // Right after a bet changes group the layout shifts and nothing may be under it.
      if (movedToNewGroup.current) lastOverId.current = activeId
      return lastOverId.current != null ? [{ id: lastOverId.current }] : []
    },
    [activeId, lists],
  )

  /** Where a bet is, or while dragged over `overId`, where it would land (dnd-kit's sortable
   * lands a bet at the index of the bet it is over). */
  const placeOf = useCallback((id: string, overId?: string): BetPlace | null => {
    const lists = current.current
    const group = groupOf(lists, id)
    if (!group) return null
    const overIndex = overId ? lists[group].indexOf(overId) : -1
    const index = overIndex >= 0 ? overIndex : lists[group].indexOf(id)
    return { group, index: Math.max(index, 0), count: lists[group].length }
  }, [])

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id))
    setDraft(stored)
    current.current = stored
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const id = String(active.id)
    const from = groupOf(current.current, id)
    const to = over ? groupOf(current.current, String(over.id)) : null
    if (!over || !from || !to || from === to) return
    const target = current.current[to]
    const overIndex = target.indexOf(String(over.id))
    const translated = active.rect.current.translated
    const below = translated ? translated.top > over.rect.top + over.rect.height : false
    const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length
    const next: GroupLists = {
      ...current.current,
      [from]: current.current[from].filter((b) => b !== id),
      [to]: [...target.slice(0, index), id, ...target.slice(index)],
    }
    movedToNewGroup.current = true
    current.current = next
    setDraft(next)
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id)
    setActiveId(null)
    const group = groupOf(current.current, id)
    if (!over || !group) return onDragCancel()
    const list = current.current[group]
    const from = list.indexOf(id)
    const overIndex = list.indexOf(String(over.id))
    const to = overIndex >= 0 ? overIndex : from
    const next = { ...current.current, [group]: arrayMove(list, from, to) }
    current.current = next
    if (sameLists(next, stored)) return setDraft(null)
    setDraft(next)
    // Kept until written; a failed write leaves the store as it was, and that order shows again.
    void drop(id, group, to).then(() => setDraft((d) => (d === next ? null : d)))
  }

  function onDragCancel() {
    setActiveId(null)
    setDraft(null)
    current.current = stored
  }

  const handlers = { onDragStart, onDragOver, onDragEnd, onDragCancel }

  return { lists, activeId, sensors, collisionDetection, placeOf, handlers }
}
