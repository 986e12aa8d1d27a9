/**
 * What a screen reader hears while a bet is dragged, in our translated words: it names the bet and
 * says where it would land: above the line, below it, or in the parking lot.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { PriorityGroup } from '@shared/domain'
import { useListsAnnouncements, type DragWords } from '../../../ui/useListsAnnouncements'
import type { PlaceOf } from '../../../ui/useListsDrag'

export function useBetAnnouncements(
  titleOf: (betId: string) => string,
  placeOf: PlaceOf<PriorityGroup>,
) {
  const { t } = useTranslation()
  const words = useMemo(
    (): DragWords<PriorityGroup, { title: string }, { place: string }> => ({
      name: (betId) => ({ title: titleOf(betId) }),
      container: (group) => ({ place: t(`commit.prioritise.groups.${group}.place`) }),
      sayPlace: (moment, values) => t(`commit.prioritise.drag.${moment}`, values),
      sayName: (moment, values) => t(`commit.prioritise.drag.${moment}`, values),
      instructions: t('commit.prioritise.drag.instructions'),
    }),
    [t, titleOf],
  )
  return useListsAnnouncements(placeOf, words)
}
