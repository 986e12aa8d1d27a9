/**
 * What a screen reader hears while a card is dragged: dnd-kit's built-in English is replaced by
 * our translated text, which names the card and says where it would land, in which column.
 */
import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core'
import type { CardPlace } from './useCardDrag'

type PlaceOf = (cardId: string, overId?: string) => CardPlace | null

export function useCardAnnouncements(
  summaryOf: (cardId: string) => string,
  placeOf: PlaceOf,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation()
  // The last place said aloud: saying it again would only cut off what is being read.
  const lastSaid = useRef('')

  return useMemo(() => {
    function where(active: Active, over?: Over | null) {
      const place = placeOf(String(active.id), over ? String(over.id) : undefined)
      if (!place) return null
      return {
        card: summaryOf(String(active.id)),
        position: place.index + 1,
        count: place.count,
        column: t(`cards.columns.${place.column}.title`),
      }
    }
    const name = (active: Active) => ({ card: summaryOf(String(active.id)) })
    const say = (key: string, text: string) => {
      lastSaid.current = key
      return text
    }
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const place = where(active)
        return place ? say(JSON.stringify(place), t('cards.drag.pickedUp', place)) : undefined
      },
      onDragOver: ({ active, over }) => {
        const place = where(active, over)
        if (!over || !place) return say('', t('cards.drag.notOver', name(active)))
        const key = JSON.stringify(place)
        return key === lastSaid.current ? undefined : say(key, t('cards.drag.over', place))
      },
      onDragEnd: ({ active, over }) => {
        const place = where(active)
        if (!over || !place) return t('cards.drag.droppedOutside', name(active))
        return t('cards.drag.dropped', place)
      },
      onDragCancel: ({ active }) => {
        const place = where(active)
        return place ? t('cards.drag.cancelled', place) : undefined
      },
    }
    return { announcements, screenReaderInstructions: { draggable: t('cards.drag.instructions') } }
  }, [t, summaryOf, placeOf])
}
