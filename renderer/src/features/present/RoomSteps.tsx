/**
 * The steps of a lens that need no ratings shown: the introduction (question, prompts, scale),
 * the private rating (how many have rated, never what) and the gap between the agreed scores.
 */
import { useTranslation } from 'react-i18next'
import type { RoomContent, RoomScaleLevel } from '@shared/domain'
import { signedGap } from './roomFormat'

type Introduce = Extract<RoomContent, { kind: 'introduce' }>
type Rate = Extract<RoomContent, { kind: 'rate' }>
type Gap = Extract<RoomContent, { kind: 'gap' }>

function Scale({ scale, compact }: { scale: readonly RoomScaleLevel[]; compact?: boolean }) {
  return (
    <ol className={`present-scale${compact ? ' present-scale--compact' : ''}`}>
      {scale.map((level) => (
        <li key={level.level} className="present-scale__level">
          <span className="present-scale__number">{level.level}</span>
          <span>
            <strong>{level.label}</strong>
            {!compact && <span className="present-scale__description"> {level.description}</span>}
          </span>
        </li>
      ))}
    </ol>
  )
}

export function RoomIntroduce({ content }: { content: Introduce }) {
  const { t } = useTranslation()
  return (
    <>
      <p className="present-question">{content.coreQuestion}</p>
      <div className="present-columns">
        <section aria-labelledby="present-prompts">
          <h2 id="present-prompts" className="present-subheading">
            {t('present.introduce.prompts')}
          </h2>
          <ul className="present-prompts">
            {content.prompts.map((prompt, i) => (
              <li key={i}>{prompt}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="present-scale">
          <h2 id="present-scale" className="present-subheading">
            {t('present.introduce.scale')}
          </h2>
          <Scale scale={content.scale} />
        </section>
      </div>
    </>
  )
}

export function RoomRate({ content, question }: { content: Rate; question: string }) {
  const { t } = useTranslation()
  return (
    <>
      <h2 className="present-heading">{t(`present.rate.heading.${content.state}`)}</h2>
      <p className="present-question present-question--secondary">{question}</p>
      <p className="present-count">
        {t('present.count', { rated: content.rated, total: content.total })}
      </p>
      <p className="present-hint">{t('present.rate.private')}</p>
      <section aria-labelledby="present-rate-scale">
        <h3 id="present-rate-scale" className="present-subheading">
          {t('present.rate.scale')}
        </h3>
        <Scale scale={content.scale} compact />
      </section>
    </>
  )
}

function Score({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <div className={`present-score${className ? ` ${className}` : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

export function RoomGap({ content }: { content: Gap }) {
  const { t } = useTranslation()
  const agreed = (value: number | null) =>
    value === null ? t('present.gap.notAgreed') : `${value}`
  return (
    <>
      <h2 className="present-heading">{t('present.gap.heading')}</h2>
      <dl className="present-scores">
        <Score label={t('present.gap.today')} value={agreed(content.current)} />
        <Score label={t('present.gap.target')} value={agreed(content.target)} />
        <Score
          label={t('present.gap.gap')}
          value={signedGap(content.gap)}
          className="present-score--gap"
        />
      </dl>
      {content.keyShift !== '' && (
        <section className="present-shift" aria-labelledby="present-shift-heading">
          <h3 id="present-shift-heading" className="present-subheading">
            {t('present.gap.keyShift')}
          </h3>
          <p className="present-shift__text">{content.keyShift}</p>
        </section>
      )}
    </>
  )
}
