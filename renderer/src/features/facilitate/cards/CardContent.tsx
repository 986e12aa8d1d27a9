/**
 * What a card says: its text, large enough to read from the back of the room, and its tags as
 * small chips. Shared by the card in its column and the copy that follows a drag.
 */
import { useTranslation } from 'react-i18next'
import type { Card } from '@shared/domain'

export function CardContent({ card, textId }: { card: Card; textId?: string }) {
  const { t } = useTranslation()
  return (
    <div className="card__content">
      <p id={textId} className="card__text">
        {card.text}
      </p>
      {card.tags.length > 0 && (
        <ul className="card__tags" aria-label={t('cards.card.tags')}>
          {card.tags.map((tag) => (
            <li key={tag} className="card__tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
