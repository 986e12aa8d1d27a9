/**
 * What a screen reader hears while a card is dragged, in our translated words: it names the card
 * and says where it would land, in which column.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RatingState } from '@shared/domain'
import { useListsAnnouncements, type DragWords } from '../../../ui/useListsAnnouncements'
import type { PlaceOf } from '../../../ui/useListsDrag'

export function useCardAnnouncements(
  summaryOf: (cardId: string) => string,
  placeOf: PlaceOf<RatingState>,
) {
  const { t } = useTranslation()
  const words = useMemo(
    (): DragWords<RatingState, { card: string }, { column: string }> => ({
      name: (cardId) => ({ card: summaryOf(cardId) }),
      container: (column) => ({ column: t(`cards.columns.${column}.title`) }),
      sayPlace: (moment, values) => t(`cards.drag.${moment}`, values),
      sayName: (moment, values) => t(`cards.drag.${moment}`, values),
      instructions: t('cards.drag.instructions'),
    }),
    [t, summaryOf],
  )
  return useListsAnnouncements(placeOf, words)
}
