/**
 * The wording of a reorderable list (handles, Move buttons, what a screen reader hears while
 * dragging), translated once here so that every sortable list on the prepare screen says the same.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SortableTexts } from '../../ui/SortableList'

export function useSortableTexts(): SortableTexts {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      roleDescription: t('prepare.sortable.roleDescription'),
      instructions: t('prepare.sortable.instructions'),
      handle: (item) => t('prepare.sortable.handle', { item }),
      moveUp: (item) => t('prepare.sortable.moveUp', { item }),
      moveDown: (item) => t('prepare.sortable.moveDown', { item }),
      pickedUp: (item, position, total) =>
        t('prepare.sortable.pickedUp', { item, position, total }),
      movedTo: (item, position, total) => t('prepare.sortable.movedTo', { item, position, total }),
      dropped: (item, position, total) => t('prepare.sortable.dropped', { item, position, total }),
      cancelled: (item, position, total) =>
        t('prepare.sortable.cancelled', { item, position, total }),
    }),
    [t],
  )
}
