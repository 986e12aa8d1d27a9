/**
 * One bet the earlier workshop committed to, and the room's review of it: how it went (a radio
 * group) and what it taught (saved as it is typed, like the key shift of a lens). Both controls
 * are named together with the bet's title, so a screen reader never hears an anonymous "Done".
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BET_LONG_TEXT_MAX,
  earlierBetLens,
  REVIEW_OUTCOMES,
  type BetReview,
  type EarlierBet,
  type Template,
} from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { useAutosave } from '../../../ui/useAutosave'

function Fact({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation()
  return (
    <div className="bet-item__fact">
      <dt>{label}</dt>
      {value ? <dd>{value}</dd> : <dd className="bet-item__unset">{t('commit.revisit.notSet')}</dd>}
    </div>
  )
}

export function EarlierBetReview({ bet, template }: { bet: EarlierBet; template: Template }) {
  const { t } = useTranslation()
  const lens = earlierBetLens(bet, template)
  const edits = useWorkshopEdits()
  const id = useId()
  const titleId = `${id}-title`
  const [failed, setFailed] = useState(false)
  const stored = bet.review.learning
  const [text, setText] = useState(stored)
  const [typing, setTyping] = useState(false)
  // Undo and redo change the stored text under the field: follow them unless someone is typing.
  const [seen, setSeen] = useState(stored)
  if (stored !== seen) {
    setSeen(stored)
    if (!typing) setText(stored)
  }

  async function review(patch: Partial<BetReview>) {
    const outcome = await edits.reviewEarlierBet(bet.id, patch)
    // A text over the limit is already explained next to the field.
    setFailed(!outcome.ok && outcome.problem === 'writeFailed')
  }
  const { schedule, flush } = useAutosave<string>((value) => void review({ learning: value }))
  const tooLong = text.length > BET_LONG_TEXT_MAX

  return (
    <li className="bet-item review-item">
      <article className="bet-item__body" aria-labelledby={titleId}>
        <h3 id={titleId} className="bet-item__title">
          {bet.title}
        </h3>
        {bet.hypothesis && <p className="bet-item__hypothesis">{bet.hypothesis}</p>}
        <dl className="bet-item__facts">
          {lens && (
            <Fact
              label={t('commit.revisit.lens')}
              value={
                lens.here ? lens.title : t('commit.revisit.lensNotHere', { title: lens.title })
              }
            />
          )}
          <Fact label={t('commit.revisit.owner')} value={bet.owner} />
          <Fact label={t('commit.revisit.horizon')} value={bet.horizon} />
        </dl>
        <fieldset className="review-item__outcome" aria-labelledby={`${id}-legend ${titleId}`}>
          <legend id={`${id}-legend`} className="field__label">
            {t('commit.revisit.outcome')}
          </legend>
          <div className="review-item__options">
            {REVIEW_OUTCOMES.map((outcome) => (
              <label key={outcome} className="review-item__option">
                <input
                  type="radio"
                  className="review-item__input"
                  name={`${id}-outcome`}
                  value={outcome}
                  checked={bet.review.outcome === outcome}
                  onChange={() => void review({ outcome })}
                />
                <span>{t(`commit.revisit.outcomes.${outcome}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className={`field${tooLong ? ' field--invalid' : ''}`}>
          <label id={`${id}-learning-label`} className="field__label" htmlFor={`${id}-learning`}>
            {t('commit.revisit.learning')}
          </label>
          <textarea
            id={`${id}-learning`}
            className="field__input field__input--multiline"
            rows={2}
            value={text}
            aria-labelledby={`${id}-learning-label ${titleId}`}
            aria-describedby={`${tooLong ? `${id}-error ` : ''}${id}-hint`}
            aria-invalid={tooLong ? true : undefined}
            onChange={(e) => {
              setText(e.target.value)
              schedule(e.target.value)
            }}
            onFocus={() => setTyping(true)}
            onBlur={() => {
              setTyping(false)
              flush()
            }}
          />
          {tooLong && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('commit.revisit.errors.tooLong', { max: BET_LONG_TEXT_MAX, count: text.length })}
            </p>
          )}
          <p id={`${id}-hint`} className="field__hint">
            {t('commit.revisit.learningHint')}
          </p>
        </div>
        {failed && (
          <p className="form-failure" role="alert">
            {t('commit.revisit.errors.writeFailed')}
          </p>
        )}
      </article>
    </li>
  )
}
