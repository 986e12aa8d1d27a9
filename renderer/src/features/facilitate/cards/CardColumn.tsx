/**
 * One column of the board, a labelled region: its heading and count, its cards in order inside
 * a drop zone that also takes cards when empty, and the form that adds to it.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { Card, RatingState } from '@shared/domain'
import { AddCardForm } from './AddCardForm'
import { SortableCard } from './SortableCard'
import type { CardActions } from './useCardActions'

interface Props {
  column: RatingState
  cards: Card[]
  /** The column the room is talking about now: drawn with more weight. */
  focused: boolean
  actions: CardActions
}

export function CardColumn({ column, cards, focused, actions }: Props) {
  const { t } = useTranslation()
  const { setNodeRef, isOver } = useDroppable({ id: column })
  const headingId = useId()
  const className = [
    'cards-column',
    `cards-column--${column}`,
    focused ? 'cards-column--focus' : '',
  ]

  return (
    <section
      className={className.filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-column={column}
    >
      <header className="cards-column__header">
        <h3 id={headingId} className="cards-column__title">
          {t(`cards.columns.${column}.title`)}
        </h3>
        <span className="cards-column__count">{t('cards.count', { count: cards.length })}</span>
        {focused && <span className="cards-column__badge">{t('cards.nowDiscussing')}</span>}
      </header>
      <p className="cards-column__intro">{t(`cards.columns.${column}.intro`)}</p>
      <div
        ref={setNodeRef}
        className={`drop-zone cards-column__drop${isOver ? ' drop-zone--over' : ''}`}
        data-testid={`cards-drop-${column}`}
      >
        <SortableContext items={cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
          {cards.length > 0 ? (
            <ul className="drop-list cards-column__list" aria-labelledby={headingId}>
              {cards.map((card) => (
                <SortableCard key={card.id} card={card} actions={actions} />
              ))}
            </ul>
          ) : (
            <p className="cards-column__empty">{t(`cards.columns.${column}.empty`)}</p>
          )}
        </SortableContext>
      </div>
      <AddCardForm column={column} onAdd={actions.add} />
    </section>
  )
}
