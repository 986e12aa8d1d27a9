/**
 * One card in its column: draggable by its handle (pointer or keyboard), editable in place, and
 * with buttons for everything a drag does, so no action depends on dragging. Each button is
 * described by the card's text, so a screen reader says which card an "Edit" belongs to. The
 * sortable frame is drawn again on every change of its column (dnd-kit's list changes); what is
 * inside it only when its own card did.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useSortable, type UseSortableArguments } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { betFromCard, type Card } from '@shared/domain'
import { Button } from '../../../ui/Button'
import { GripIcon } from '../../../ui/icons'
import { MakeBetButton } from '../../commit/bets/MakeBetButton'
import { CardContent } from './CardContent'
import { CardEditor } from './CardEditor'
import { cardSummary, otherColumn } from './cardText'
import type { CardActions } from './useCardActions'

interface Props {
  card: Card
  actions: CardActions
}

export function SortableCard({ card, actions }: Props) {
  const { t } = useTranslation()
  const textId = useId()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  // Worked out once, not on each of the several times a pick-up or drop draws every card again.
  const attributesOption = useMemo<UseSortableArguments['attributes']>(
    () => ({ roleDescription: t('cards.drag.roleDescription') }),
    [t],
  )
  const handleLabel = useMemo(
    () => t('cards.card.drag', { card: cardSummary(card.text) }),
    [t, card.text],
  )
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: card.id,
    disabled: editing,
    attributes: attributesOption,
  })

  const startEditing = useCallback(() => setEditing(true), [])

  // Closing the editor hands the focus back to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus()
    wasEditing.current = editing
  }, [editing])

  const translate = CSS.Translate.toString(transform)
  const style = useMemo(() => ({ transform: translate, transition }), [translate, transition])
  const className = ['card', isDragging ? 'card--placeholder' : '', editing ? 'card--editing' : '']

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={className.filter(Boolean).join(' ')}
      data-card-id={card.id}
    >
      {editing ? (
        <CardEditor card={card} onSave={actions.update} onClose={() => setEditing(false)} />
      ) : (
        <>
          <CardHandle
            handleRef={setActivatorNodeRef}
            attributes={attributes}
            listeners={listeners}
            label={handleLabel}
          />
          <CardDetails
            card={card}
            textId={textId}
            actions={actions}
            onEdit={startEditing}
            editButton={editButton}
          />
        </>
      )}
    </li>
  )
}

type Sortable = ReturnType<typeof useSortable>

interface HandleProps {
  handleRef: Sortable['setActivatorNodeRef']
  attributes: Sortable['attributes']
  listeners: Sortable['listeners']
  label: string
}

/**
 * The drag handle. dnd-kit keeps its attributes and listeners the same object until this card's
 * own drag state changes, so the handles of the cards not being moved are not drawn again.
 */
const CardHandle = memo(function CardHandle({
  handleRef,
  attributes,
  listeners,
  label,
}: HandleProps) {
  return (
    <button
      type="button"
      ref={handleRef}
      className="drag-handle card__handle"
      data-card-part="handle"
      {...attributes}
      {...listeners}
      aria-label={label}
    >
      <GripIcon />
    </button>
  )
})

interface DetailsProps {
  card: Card
  textId: string
  actions: CardActions
  onEdit: () => void
  editButton: RefObject<HTMLButtonElement | null>
}

/**
 * What the details show of a card. A move renumbers the cards around it (their `order`), which
 * changes nothing they show, so those are not drawn again either.
 */
function showsTheSame(a: DetailsProps, b: DetailsProps): boolean {
  return (
    a.textId === b.textId &&
    a.actions === b.actions &&
    a.onEdit === b.onEdit &&
    a.editButton === b.editButton &&
    a.card.id === b.card.id &&
    a.card.text === b.card.text &&
    a.card.column === b.card.column &&
    a.card.lensId === b.card.lensId &&
    a.card.tags.join('\u0000') === b.card.tags.join('\u0000')
  )
}

/** The card's words and its buttons: the part worth sparing when another card changed. */
const CardDetails = memo(function CardDetails(props: DetailsProps) {
  const { card, textId, actions, onEdit, editButton } = props
  const { t } = useTranslation()
  return (
    <>
      <CardContent card={card} textId={textId} />
      <div className="card__actions">
        <button
          type="button"
          ref={editButton}
          className="button button--quiet"
          aria-describedby={textId}
          onClick={onEdit}
        >
          {t('cards.card.edit')}
        </button>
        <Button
          variant="quiet"
          aria-describedby={textId}
          data-card-part="move"
          onClick={() => void actions.moveToOther(card)}
        >
          {t('cards.card.moveTo', {
            column: t(`cards.columns.${otherColumn(card.column)}.title`),
          })}
        </Button>
        <Button
          variant="quiet"
          className="card__delete"
          aria-describedby={textId}
          onClick={() => void actions.remove(card)}
        >
          {t('cards.card.delete')}
        </Button>
        <MakeBetButton
          text={t('cards.card.makeBet')}
          label={t('cards.card.makeBetLabel', { card: cardSummary(card.text) })}
          draft={(opening) => betFromCard(card, opening)}
          onMade={actions.betMade}
        />
      </div>
    </>
  )
}, showsTheSame)
