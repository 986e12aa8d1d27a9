/** One lens of the workshop as it reads: title and core question, with prompts and scale folded. */
import { useTranslation } from 'react-i18next'
import type { LensDefinition } from '@shared/domain'

export function LensSummary({ lens }: { lens: LensDefinition }) {
  const { t } = useTranslation()
  return (
    <details>
      <summary>
        <span className="lens-list__title">{lens.title}</span>
        <span className="lens-list__question">{lens.coreQuestion}</span>
      </summary>
      <div className="lens-list__body">
        <h3>{t('workshop.prompts')}</h3>
        <ul>
          {lens.prompts.map((prompt, index) => (
            <li key={index}>{prompt}</li>
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
  )
}
