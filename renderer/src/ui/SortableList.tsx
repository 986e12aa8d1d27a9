/**
 * A vertical list that people reorder three ways: dragging a handle with the pointer, picking
 * the handle up with the keyboard (dnd-kit), or the plain Move up / Move down buttons. It only
 * reports moves; the caller saves them. All wording comes from the caller.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react'
import { ArrowIcon, GripIcon } from './icons'

type Position = (label: string, position: number, total: number) => string

export interface SortableTexts {
  roleDescription: string
  instructions: string
  handle: (label: string) => string
  moveUp: (label: string) => string
  moveDown: (label: string) => string
  pickedUp: Position
  movedTo: Position
  dropped: Position
  cancelled: Position
}

interface Props<T> {
  items: readonly T[]
  getId: (item: T) => string
  getLabel: (item: T) => string
  onMove: (from: number, to: number) => void
  texts: SortableTexts
  label: string
  renderItem: (item: T, index: number) => ReactNode
  renderActions?: (item: T, index: number) => ReactNode
  className?: string
}

// Rows only ever move up and down; a sideways wobble while dragging reads as sloppiness.
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 })

export function SortableList<T>(props: Props<T>) {
  const { items, getId, getLabel, onMove, texts } = props
  const listId = useId()
  const ids = items.map(getId)
  // After a Move button moves its row, focus follows the row (React may re-insert the element).
  const pendingFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  useEffect(() => {
    const pending = pendingFocus.current
    if (!pending) return
    pendingFocus.current = null
    const button = (direction: string) =>
      document.getElementById(`${listId}-${pending.id}-${direction}`) as HTMLButtonElement | null
    const same = button(pending.direction)
    const other = button(pending.direction === 'up' ? 'down' : 'up')
    ;(same && !same.disabled ? same : other)?.focus()
  })

  // dnd-kit reports "over" at pick-up and on every measure; only a real change of place is news.
  const lastPosition = useRef(0)
  const announcements = useMemo<Announcements>(() => {
    const labelOf = (id: UniqueIdentifier) => {
      const item = items.find((i) => getId(i) === id)
      return item ? getLabel(item) : String(id)
    }
    const at = (id: UniqueIdentifier) => items.findIndex((i) => getId(i) === id) + 1
    const total = items.length
    return {
      onDragStart: ({ active }) => {
        lastPosition.current = at(active.id)
        return texts.pickedUp(labelOf(active.id), at(active.id), total)
      },
      onDragOver: ({ active, over }) => {
        if (!over || at(over.id) === lastPosition.current) return undefined
        lastPosition.current = at(over.id)
        return texts.movedTo(labelOf(active.id), at(over.id), total)
      },
      onDragEnd: ({ active, over }) =>
        texts.dropped(labelOf(active.id), at(over?.id ?? active.id), total),
      onDragCancel: ({ active }) => texts.cancelled(labelOf(active.id), at(active.id), total),
    }
  }, [items, getId, getLabel, texts])

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const from = ids.indexOf(String(active.id))
    const to = ids.indexOf(String(over.id))
    if (from !== -1 && to !== -1) onMove(from, to)
  }

  function move(index: number, direction: 'up' | 'down') {
    const id = ids[index]
    if (id === undefined) return
    pendingFocus.current = { id, direction }
    onMove(index, direction === 'up' ? index - 1 : index + 1)
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[verticalOnly]}
      onDragEnd={handleDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: texts.instructions } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol
          className={['sortable', props.className].filter(Boolean).join(' ')}
          aria-label={props.label}
        >
          {items.map((item, index) => (
            <SortableRow
              key={ids[index]}
              id={ids[index] as string}
              buttonId={`${listId}-${ids[index]}`}
              label={getLabel(item)}
              index={index}
              last={index === items.length - 1}
              texts={texts}
              onMove={(direction) => move(index, direction)}
              actions={props.renderActions?.(item, index)}
            >
              {props.renderItem(item, index)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  )
}

interface RowProps {
  id: string
  buttonId: string
  label: string
  index: number
  last: boolean
  texts: SortableTexts
  onMove: (direction: 'up' | 'down') => void
  actions: ReactNode
  children: ReactNode
}

function SortableRow({
  id,
  buttonId,
  label,
  index,
  last,
  texts,
  onMove,
  actions,
  children,
}: RowProps) {
  const sortable = useSortable({ id, attributes: { roleDescription: texts.roleDescription } })
  const { setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortable
  return (
    <li
      ref={setNodeRef}
      className={['sortable__item', isDragging ? 'sortable__item--dragging' : '']
        .filter(Boolean)
        .join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle sortable__handle"
        aria-label={texts.handle(label)}
        {...sortable.attributes}
        {...sortable.listeners}
      >
        <GripIcon height={18} />
      </button>
      <div className="sortable__content">{children}</div>
      <div className="sortable__moves">
        <button
          id={`${buttonId}-up`}
          type="button"
          className="sortable__move"
          aria-label={texts.moveUp(label)}
          title={texts.moveUp(label)}
          disabled={index === 0}
          onClick={() => onMove('up')}
        >
          <ArrowIcon direction="up" size={14} />
        </button>
        <button
          id={`${buttonId}-down`}
          type="button"
          className="sortable__move"
          aria-label={texts.moveDown(label)}
          title={texts.moveDown(label)}
          disabled={last}
          onClick={() => onMove('down')}
        >
          <ArrowIcon direction="down" size={14} />
        </button>
      </div>
      {actions && <div className="sortable__actions">{actions}</div>}
    </li>
  )
}
