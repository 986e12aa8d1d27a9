/**
 * What a screen reader hears while a bet is dragged: dnd-kit's built-in English is replaced by
 * our translated text, which names the bet and says where it would land: above the line, below
 * it, or in the parking lot.
 */
import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core'
import type { BetPlace } from './useBetDrag'

type PlaceOf = (betId: string, overId?: string) => BetPlace | null

export function useBetAnnouncements(
  titleOf: (betId: string) => string,
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
        title: titleOf(String(active.id)),
        position: place.index + 1,
        count: place.count,
        place: t(`commit.prioritise.groups.${place.group}.place`),
      }
    }
    const name = (active: Active) => ({ title: titleOf(String(active.id)) })
    const say = (key: string, text: string) => {
      lastSaid.current = key
      return text
    }
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const place = where(active)
        if (!place) return undefined
        return say(JSON.stringify(place), t('commit.prioritise.drag.pickedUp', place))
      },
      onDragOver: ({ active, over }) => {
        const place = where(active, over)
        if (!over || !place) return say('', t('commit.prioritise.drag.notOver', name(active)))
        const key = JSON.stringify(place)
        if (key === lastSaid.current) return undefined
        return say(key, t('commit.prioritise.drag.over', place))
      },
      onDragEnd: ({ active, over }) => {
        const place = where(active)
        if (!over || !place) return t('commit.prioritise.drag.droppedOutside', name(active))
        return t('commit.prioritise.drag.dropped', place)
      },
      onDragCancel: ({ active }) => {
        const place = where(active)
        return place ? t('commit.prioritise.drag.cancelled', place) : undefined
      },
    }
    return {
      announcements,
      screenReaderInstructions: { draggable: t('commit.prioritise.drag.instructions') },
    }
  }, [t, titleOf, placeOf])
}
