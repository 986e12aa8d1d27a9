/**
 * One item of the map's list: its name, its facts as a term list, and Edit and Remove buttons
 * that name the item, so a screen reader says which item each belongs to.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../ui/Button'
import { editButtonId, removeButtonId, type MapItem } from '../editor/mapNames'

export interface Fact {
  label: string
  value: string
}

interface Props {
  item: MapItem
  name: string
  /** Shown before the name: a team's shape or an interaction's line. */
  mark?: ReactNode
  facts: readonly Fact[]
  onEdit: (item: MapItem) => void
  onRemove: (item: MapItem) => void
}

export function ListItem({ item, name, mark, facts, onEdit, onRemove }: Props) {
  const { t } = useTranslation()
  return (
    <li className="map-list__item">
      <div className="map-list__head">
        {mark}
        <h4 className="map-list__name">{name}</h4>
      </div>
      {facts.length > 0 && (
        <dl className="map-list__facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>
                {fact.value || <span className="map-list__unset">{t('teammap.list.notSet')}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="map-list__actions">
        <Button
          id={editButtonId(item)}
          variant="quiet"
          aria-label={t('teammap.list.editLabel', { name })}
          onClick={() => onEdit(item)}
        >
          {t('teammap.list.edit')}
        </Button>
        <Button
          id={removeButtonId(item)}
          variant="quiet"
          className="map-list__remove"
          aria-label={t('teammap.list.removeLabel', { name })}
          onClick={() => onRemove(item)}
        >
          {t('teammap.list.remove')}
        </Button>
      </div>
    </li>
  )
}
