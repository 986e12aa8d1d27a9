/** The observations captured in one column of a lens, in the order the room left them. */
import { useTranslation } from 'react-i18next'
import type { ReportCard } from '@shared/report'

export function ReportCards({ title, cards }: { title: string; cards: readonly ReportCard[] }) {
  const { t } = useTranslation()
  return (
    <div className="report-block">
      <h4 className="report-h4">{title}</h4>
      {cards.length === 0 ? (
        <p className="report-muted">{t('report.lens.noCards')}</p>
      ) : (
        <ul className="report-cards">
          {cards.map((card, index) => (
            <li key={index} className="report-card">
              <p className="report-card__text">{card.text}</p>
              {card.tags.length > 0 && (
                <p className="report-card__tags">
                  {t('report.lens.tags', { tags: card.tags.join(' · ') })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
