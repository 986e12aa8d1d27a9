/**
 * Drag and drop within and across a few named lists of ids (the cards board's columns, the
 * prioritised bets' groups), after dnd-kit's multiple-containers pattern. While an item is dragged
 * a local draft of the lists follows it; the store is written once, on drop, so a move is one
 * undoable step. The draft is kept until that write settles, so nothing flickers.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  closestCenter,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
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

/** The ids of the items in each list, in order. */
export type Lists<C extends string, I extends string = string> = Record<C, I[]>

/** The lists a drag moves items between. */
export interface ListsLayout<C extends string> {
  /** The lists' names, in the order they are shown. */
  containers: readonly C[]
  /** The list whose own drop zone has this id (it takes an item also when empty), else null. */
  containerOfDropId: (id: string) => C | null
}

/** Where an item is in its list, or would land. */
export interface ListPlace<C extends string> {
  container: C
  index: number
  count: number
}

/** Where an item is, or while dragged over `overId`, where it would land. */
export type PlaceOf<C extends string> = (id: string, overId?: string) => ListPlace<C> | null

type Drop<C extends string, I extends string> = (
  itemId: I,
  container: C,
  index: number,
) => Promise<unknown>

// Drop zones change size while an item crosses lists: dnd-kit measures them again whenever the
// lists change during a drag. Not `Always`, which also measures every card after each drop and
// each new card, when no drag needs the figures.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } }

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches

/** Which list holds `id`: an item id in the lists, or a list's own drop zone id. */
function containerOf<C extends string, I extends string>(
  layout: ListsLayout<C>,
  lists: Lists<C, I>,
  id: string,
): C | null {
  return (
    layout.containerOfDropId(id) ??
    layout.containers.find((c) => (lists[c] as readonly string[]).includes(id)) ??
    null
  )
}

function sameLists<C extends string, I extends string>(
  layout: ListsLayout<C>,
  a: Lists<C, I>,
  b: Lists<C, I>,
): boolean {
  return layout.containers.every(
    (c) => a[c].length === b[c].length && a[c].every((id, i) => b[c][i] === id),
  )
}

/**
 * `layout` should be a module constant: the collision detection is made again when it changes.
 * Spread `dndProps` on the `DndContext`, and give the `DragOverlay` `dropAnimation`.
 */
export function useListsDrag<C extends string, I extends string = string>(
  stored: Lists<C, I>,
  layout: ListsLayout<C>,
  drop: Drop<C, I>,
) {
  const [draft, setDraft] = useState<Lists<C, I> | null>(null)
  const [activeId, setActiveId] = useState<I | null>(null)
  const lists = draft ?? stored
  // Read by the announcements, which dnd-kit calls right after our handlers, before a render.
  const current = useRef(lists)
  const lastOverId = useRef<UniqueIdentifier | null>(null)
  const movedToNewList = useRef(false)

  useEffect(() => {
    current.current = lists
    const frame = requestAnimationFrame(() => (movedToNewList.current = false))
    return () => cancelAnimationFrame(frame)
  }, [lists])

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  // The list under the pointer wins (so a drop lands where it is aimed, even across lists);
  // over a list with items, the item nearest to the dragged one is the target, not the list.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const pointer = pointerWithin(args)
      let overId = getFirstCollision(pointer.length > 0 ? pointer : rectIntersection(args), 'id')
      if (overId != null) {
        const container = layout.containerOfDropId(String(overId))
        if (container && lists[container].length > 0) {
          const inList: readonly string[] = lists[container]
          overId =
            closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter((c) =>
                inList.includes(String(c.id)),
              ),
            })[0]?.id ?? overId
        }
        lastOverId.current = overId
        return [{ id: overId }]
      }
      // Right after an item changes list the layout shifts and nothing may be under it.
      if (movedToNewList.current) lastOverId.current = activeId
      return lastOverId.current != null ? [{ id: lastOverId.current }] : []
    },
    [activeId, lists, layout],
  )

  // dnd-kit's sortable lands an item at the index of the item it is over.
  const placeOf: PlaceOf<C> = useCallback(
    (id, overId) => {
      const lists = current.current
      const container = containerOf(layout, lists, id)
      if (!container) return null
      const list: readonly string[] = lists[container]
      const overIndex = overId ? list.indexOf(overId) : -1
      const index = overIndex >= 0 ? overIndex : list.indexOf(id)
      return { container, index: Math.max(index, 0), count: list.length }
    },
    [layout],
  )

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id) as I)
    setDraft(stored)
    current.current = stored
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const id = String(active.id) as I
    const from = containerOf(layout, current.current, id)
    const to = over ? containerOf(layout, current.current, String(over.id)) : null
    if (!over || !from || !to || from === to) return
    const target = current.current[to]
    const overIndex = (target as readonly string[]).indexOf(String(over.id))
    const translated = active.rect.current.translated
    const below = translated ? translated.top > over.rect.top + over.rect.height : false
    const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : target.length
    const next = {
      ...current.current,
      [from]: current.current[from].filter((i) => i !== id),
      [to]: [...target.slice(0, index), id, ...target.slice(index)],
    } as Lists<C, I>
    movedToNewList.current = true
    current.current = next
    setDraft(next)
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const id = String(active.id) as I
    setActiveId(null)
    const container = containerOf(layout, current.current, id)
    if (!over || !container) return onDragCancel()
    const list = current.current[container]
    const from = list.indexOf(id)
    const overIndex = (list as readonly string[]).indexOf(String(over.id))
    const to = overIndex >= 0 ? overIndex : from
    const next = { ...current.current, [container]: arrayMove(list, from, to) }
    current.current = next
    if (sameLists(layout, next, stored)) return setDraft(null)
    setDraft(next)
    // Kept until written; a failed write leaves the store as it was, and that order shows again.
    void drop(id, container, to).then(() => setDraft((d) => (d === next ? null : d)))
  }

  function onDragCancel() {
    setActiveId(null)
    setDraft(null)
    current.current = stored
  }

  const dndProps = {
    sensors,
    collisionDetection,
    measuring: MEASURING,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel,
  }

  return {
    lists,
    activeId,
    placeOf,
    dndProps,
    dropAnimation: reducedMotion() ? null : undefined,
  }
}
