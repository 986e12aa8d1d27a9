/**
 * A reveal step on the projector. Before the reveal the room sees only how many have rated;
 * after it, where the ratings centre, how far they spread, the agreed score and the bar chart.
 * The cards the facilitator captures for this state follow below in both cases.
 */
import { useTranslation } from 'react-i18next'
import type { RatingState, RoomCard, RoomContent } from '@shared/domain'
import { i18n } from '../../i18n'
import { numberFormat } from '../../i18n/formatters'
import { RoomDistribution } from './RoomDistribution'

type Hidden = Extract<RoomContent, { kind: 'hidden' }>
type Revealed = Extract<RoomContent, { kind: 'revealed' }>

export function RoomCards({ cards, state }: { cards: readonly RoomCard[]; state: RatingState }) {
  const { t } = useTranslation()
  if (cards.length === 0) return null
  return (
    <section className="present-cards" aria-labelledby="present-cards-heading">
      <h3 id="present-cards-heading" className="present-subheading">
        {t(`present.cards.heading.${state}`)}
      </h3>
      <ul className="present-cards__list">
        {cards.map((card, i) => (
          <li key={i} className="present-card">
            <p className="present-card__text">{card.text}</p>
            {card.tags.length > 0 && (
              <ul className="present-card__tags">
                {card.tags.map((tag, n) => (
                  <li key={n} className="present-card__tag">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function RoomHidden({ content }: { content: Hidden }) {
  const { t } = useTranslation()
  return (
    <>
      <h2 className="present-heading">{t(`present.reveal.heading.${content.state}`)}</h2>
      <p className="present-count">
        {t('present.count', { rated: content.rated, total: content.total })}
      </p>
      <p className="present-hint">{t('present.reveal.hidden')}</p>
      <RoomCards cards={content.cards} state={content.state} />
    </>
  )
}

function Stats({ content }: { content: Revealed }) {
  const { t } = useTranslation()
  const number = numberFormat(i18n.language, { maximumFractionDigits: 1 })
  const { median, spread, agreed } = content
  return (
    <ul className="present-stats">
      <li className="present-stat present-stat--main">
        {median === null
          ? t('present.reveal.noMedian')
          : t('present.reveal.median', { value: number.format(median) })}
      </li>
      {spread && (
        <li className="present-stat">
          {spread.range === 0
            ? t('present.reveal.rangeSingle', { level: spread.min })
            : t('present.reveal.range', { min: spread.min, max: spread.max })}
        </li>
      )}
      <li className="present-stat">
        {t('present.count', { rated: content.rated, total: content.total })}
      </li>
      <li className="present-stat present-stat--agreed">
        {agreed === null
          ? t('present.reveal.notAgreed')
          : t('present.reveal.agreed', { score: agreed })}
      </li>
    </ul>
  )
}

export function RoomRevealed({ content }: { content: Revealed }) {
  const { t } = useTranslation()
  const { spread } = content
  return (
    <>
      <h2 className="present-heading">{t(`present.reveal.heading.${content.state}`)}</h2>
      <Stats content={content} />
      {content.disagreement && spread && (
        <p className="present-flag">
          {t('present.reveal.disagreement', { levels: spread.range + 1 })}
        </p>
      )}
      <RoomDistribution levels={content.levels} anonymous={content.anonymous} />
      {content.anonymous && <p className="present-hint">{t('present.reveal.anonymous')}</p>}
      <RoomCards cards={content.cards} state={content.state} />
    </>
  )
}
