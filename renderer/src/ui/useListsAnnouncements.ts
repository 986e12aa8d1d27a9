/**
 * What a screen reader hears while an item of `useListsDrag` is dragged: dnd-kit's built-in
 * English is replaced by the caller's translated text, which names the item and says where it
 * would land (its position, the count, and the list). The wording belongs to the caller.
 */
import { useMemo, useRef } from 'react'
import type { Active, Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core'
import type { PlaceOf } from './useListsDrag'

/** The moments said with the item's place, and those said with its name alone. */
export type PlaceMoment = 'pickedUp' | 'over' | 'dropped' | 'cancelled'
export type NameMoment = 'notOver' | 'droppedOutside'

/** Where an item is, as its text says it: the item's name, the list's, and the position. */
export type SpokenPlace<N, P> = N & { position: number; count: number } & P

/** The caller's words; `N` and `P` are the values that name an item and a list in its texts. */
export interface DragWords<C extends string, N extends object, P extends object> {
  /** The values that name an item, e.g. `{ title }`. */
  name: (id: string) => N
  /** The values that name a list, e.g. `{ column }`. */
  container: (container: C) => P
  sayPlace: (moment: PlaceMoment, values: SpokenPlace<N, P>) => string
  sayName: (moment: NameMoment, values: N) => string
  instructions: string
}

/** `words` should be memoised: the announcements are made again when it changes. */
export function useListsAnnouncements<C extends string, N extends object, P extends object>(
  placeOf: PlaceOf<C>,
  words: DragWords<C, N, P>,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  // The last place said aloud: saying it again would only cut off what is being read.
  const lastSaid = useRef('')

  return useMemo(() => {
    function where(active: Active, over?: Over | null): SpokenPlace<N, P> | null {
      const place = placeOf(String(active.id), over ? String(over.id) : undefined)
      if (!place) return null
      return {
        ...words.name(String(active.id)),
        position: place.index + 1,
        count: place.count,
        ...words.container(place.container),
      }
    }
    const name = (active: Active) => words.name(String(active.id))
    const say = (key: string, text: string) => {
      lastSaid.current = key
      return text
    }
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        const place = where(active)
        return place ? say(JSON.stringify(place), words.sayPlace('pickedUp', place)) : undefined
      },
      onDragOver: ({ active, over }) => {
        const place = where(active, over)
        if (!over || !place) return say('', words.sayName('notOver', name(active)))
        const key = JSON.stringify(place)
        return key === lastSaid.current ? undefined : say(key, words.sayPlace('over', place))
      },
      onDragEnd: ({ active, over }) => {
        const place = where(active)
        if (!over || !place) return words.sayName('droppedOutside', name(active))
        return words.sayPlace('dropped', place)
      },
      onDragCancel: ({ active }) => {
        const place = where(active)
        return place ? words.sayPlace('cancelled', place) : undefined
      },
    }
    return { announcements, screenReaderInstructions: { draggable: words.instructions } }
  }, [placeOf, words])
}
