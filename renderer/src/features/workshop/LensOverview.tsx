/** The lenses this workshop is run with, from its own frozen copy of the template. */
import { useTranslation } from 'react-i18next'
import type { Template } from '@shared/domain'

export function LensOverview({ template }: { template: Template }) {
  const { t } = useTranslation()
  return (
    <section className="panel" aria-labelledby="lenses-heading">
      <h2 id="lenses-heading">{t('workshop.lenses')}</h2>
      <p className="panel__hint">{t('workshop.lensesHint')}</p>
      <ol className="lens-list">
        {template.lenses.map((lens) => (
          <li key={lens.id} className="lens-list__item">
            <details>
              <summary>
                <span className="lens-list__title">{lens.title}</span>
                <span className="lens-list__question">{lens.coreQuestion}</span>
              </summary>
              <div className="lens-list__body">
                <h3>{t('workshop.prompts')}</h3>
                <ul>
                  {lens.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
                <h3>{t('workshop.scale')}</h3>
                <dl className="scale">
                  {lens.scale.map((level) => (
                    <div key={level.level} className="scale__level">
                      <dt>{t('workshop.level', { level: level.level, label: level.label })}</dt>
                      <dd>{level.description}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  )
}
