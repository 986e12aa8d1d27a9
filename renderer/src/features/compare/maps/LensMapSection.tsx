/**
 * One lens of the maps view: its "Today" and "Where we want to be" columns side by side, each
 * listing its tag groups (largest first) and then the cards without a tag.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LensMap, MapCard, MapColumn, RatingState } from '@shared/domain'
import { RATING_STATES } from '@shared/domain'

interface CardGroupProps {
  title: string
  cards: readonly MapCard[]
  untagged?: boolean
}

function CardGroup({ title, cards, untagged = false }: CardGroupProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className={`map-group${untagged ? ' map-group--untagged' : ''}`}>
      <h5 id={id} className="map-group__title">
        <span className="map-group__tag">{title}</span>{' '}
        <span className="map-group__count">
          {t('compare.maps.tagCount', { count: cards.length })}
        </span>
      </h5>
      <ul className="map-group__cards" aria-labelledby={id}>
        {cards.map((card) => (
          <li key={card.id} className="map-card">
            {card.text}
          </li>
        ))}
      </ul>
    </div>
  )
}

function MapColumnView({ state, column }: { state: RatingState; column: MapColumn }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    // A group, not a region: a landmark per column would give every lens a "Today" landmark.
    <div role="group" className={`map-column map-column--${state}`} aria-labelledby={id}>
      <header className="map-column__header">
        <h4 id={id} className="map-column__title">
          {t(`compare.maps.columns.${state}`)}
        </h4>
        <span className="map-column__count">
          {t('compare.maps.cardCount', { count: column.count })}
        </span>
      </header>
      {column.count === 0 ? (
        <p className="map-column__empty">{t('compare.maps.emptyColumn')}</p>
      ) : (
        <>
          {column.groups.map((group) => (
            <CardGroup key={group.tag} title={group.tag} cards={group.cards} />
          ))}
          {column.untagged.length > 0 && (
            <CardGroup untagged title={t('compare.maps.untagged')} cards={column.untagged} />
          )}
        </>
      )}
    </div>
  )
}

export function LensMapSection({ map }: { map: LensMap }) {
  const { t } = useTranslation()
  const id = useId()
  const empty = RATING_STATES.every((state) => map.columns[state].count === 0)
  return (
    <section className="lens-map" aria-labelledby={id}>
      <h3 id={id} className="lens-map__title">
        {map.title}
      </h3>
      {empty ? (
        <p className="lens-map__empty">{t('compare.maps.emptyLens')}</p>
      ) : (
        <div className="lens-map__columns">
          {RATING_STATES.map((state) => (
            <MapColumnView key={state} state={state} column={map.columns[state]} />
          ))}
        </div>
      )}
    </section>
  )
}
