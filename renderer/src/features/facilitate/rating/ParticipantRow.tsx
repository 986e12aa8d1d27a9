/**
 * One person's row in the rate step: six choices, a status, a note and Clear. While the ratings
 * are hidden the row says only whether someone rated, never what: no pressed state, no class,
 * nothing in the DOM differs between a 1 and a 5.
 */
import { useId, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MaturityLevelDescription, Participant, Rating, RatingValue } from '@shared/domain'
import { Button } from '../../../ui/Button'
import { RatingNote } from './RatingNote'
import { rowKeyAction } from './ratingKeys'

export interface ParticipantRowProps {
  participant: Participant
  scale: readonly MaturityLevelDescription[]
  rating: Rating | undefined
  revealed: boolean
  onRate: (value: RatingValue) => void
  onClear: () => void
  /** Moves focus to the neighbouring row, onto the same choice (by its index). */
  onMove: (by: 1 | -1, choice: number) => void
  onNote: (note: string) => void
}

const choiceOf = (target: EventTarget) =>
  target instanceof HTMLElement && target.dataset.ratingChoice !== undefined
    ? Number(target.dataset.ratingChoice)
    : 0

export function ParticipantRow(props: ParticipantRowProps) {
  const { participant, scale, rating, revealed, onRate, onClear, onMove, onNote } = props
  const { t } = useTranslation()
  const id = useId()
  const name = participant.name
  const shown = revealed ? rating?.value : undefined

  function handleKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // The note is text: digits typed there are words, not scores.
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return
    const action = rowKeyAction(e.key)
    if (!action) return
    e.preventDefault()
    if (action.kind === 'rate') onRate(action.value)
    else if (action.kind === 'clear') onClear()
    else onMove(action.by, choiceOf(e.target))
  }

  const choices: { value: RatingValue; text: string; label: string }[] = [
    ...scale.map((level) => ({
      value: level.level,
      text: String(level.level),
      label: t('rating.rate.rateButton', { name, level: level.level, label: level.label }),
    })),
    { value: 'unsure', text: t('rating.unsure'), label: t('rating.rate.unsureButton', { name }) },
  ]

  return (
    <div
      role="group"
      className="rate-row"
      data-rating-row=""
      // The shell's single-key shortcuts stand aside here: this row reads its own keys.
      data-own-keys=""
      aria-labelledby={`${id}-name`}
      aria-describedby={`${participant.role ? `${id}-role ` : ''}${id}-status`}
      onKeyDown={handleKeyDown}
    >
      <div className="rate-row__who">
        <span id={`${id}-name`} className="rate-row__name">
          {name}
        </span>
        {participant.role && (
          <span id={`${id}-role`} className="rate-row__role">
            {participant.role}
          </span>
        )}
      </div>
      <div className="rate-row__choices">
        {choices.map((choice, index) => (
          <button
            key={choice.value}
            type="button"
            className={[
              'rate-choice',
              choice.value === 'unsure' ? 'rate-choice--unsure' : '',
              shown === choice.value ? 'rate-choice--chosen' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            data-rating-choice={index}
            aria-label={choice.label}
            aria-pressed={revealed ? shown === choice.value : undefined}
            onClick={() => onRate(choice.value)}
          >
            {choice.text}
          </button>
        ))}
      </div>
      <RowStatus id={`${id}-status`} rating={rating} revealed={revealed} scale={scale} />
      <RatingNote name={name} stored={rating ? rating.note : null} onSave={onNote} />
      <div className="rate-row__clear">
        {rating && (
          <Button
            variant="quiet"
            data-rating-clear=""
            aria-label={t('rating.rate.clearLabel', { name })}
            onClick={onClear}
          >
            {t('rating.rate.clear')}
          </Button>
        )}
      </div>
    </div>
  )
}

function RowStatus(props: {
  id: string
  rating: Rating | undefined
  revealed: boolean
  scale: readonly MaturityLevelDescription[]
}) {
  const { id, rating, revealed, scale } = props
  const { t } = useTranslation()
  let text: string = t('rating.rate.notRated')
  if (rating && !revealed) text = t('rating.rate.rated')
  else if (rating?.value === 'unsure') text = t('rating.unsure')
  else if (rating) {
    const label = scale.find((l) => l.level === rating.value)?.label ?? ''
    text = t('rating.rate.ratedLevel', { level: rating.value, label })
  }
  return (
    <span id={id} className={`rate-row__status${rating ? ' rate-row__status--rated' : ''}`}>
      {text}
    </span>
  )
}
