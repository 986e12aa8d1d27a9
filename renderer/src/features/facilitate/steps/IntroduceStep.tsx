/** The first step of a lens: its core question, large enough to read from the back of the room. */
import { useTranslation } from 'react-i18next'
import { findLens } from '@shared/domain'
import { useSession } from '../../../store/context'

export function IntroduceStep({ lensId }: { lensId: string }) {
  const { t } = useTranslation()
  const lens = useSession((s) => (s.data ? findLens(s.data.workshop.template, lensId) : undefined))
  if (!lens) return null
  return (
    <div className="introduce">
      <h2 className="visually-hidden">{t('facilitate.introduce.question')}</h2>
      <p className="introduce__question">{lens.coreQuestion}</p>
      <div className="introduce__columns">
        <section aria-labelledby="introduce-prompts">
          <h3 id="introduce-prompts">{t('facilitate.introduce.prompts')}</h3>
          <ul className="introduce__prompts">
            {lens.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="introduce-scale">
          <h3 id="introduce-scale">{t('facilitate.introduce.scale')}</h3>
          <ol className="introduce__scale">
            {lens.scale.map((level) => (
              <li key={level.level}>
                <span className="introduce__level">{level.level}</span>
                <span>
                  <strong>{level.label}</strong> {level.description}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  )
}
