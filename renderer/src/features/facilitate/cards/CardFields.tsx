/**
 * The two fields of a card form, the text and its tags, labelled and wired for screen readers
 * the way the app's TextField is: a refused text is marked invalid and its reason announced.
 */
import { useId, type KeyboardEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { CARD_MAX_LENGTH } from '../../../store/session/edits'

export type CardProblem = 'required' | 'tooLong' | 'writeFailed'

/** The store's own rule, checked before writing so that a refused add clears nothing. */
export function cardTextProblem(text: string): 'required' | 'tooLong' | null {
  const trimmed = text.trim()
  if (!trimmed) return 'required'
  return trimmed.length > CARD_MAX_LENGTH ? 'tooLong' : null
}

export function useProblemText(problem: CardProblem | null, text: string): string | undefined {
  const { t } = useTranslation()
  if (!problem) return undefined
  if (problem === 'tooLong')
    return t('cards.errors.tooLong', { max: CARD_MAX_LENGTH, count: text.trim().length })
  return t(`cards.errors.${problem}`)
}

interface TextProps {
  label: string
  hint: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void
  ref?: Ref<HTMLTextAreaElement>
  /** Marks the add field of a column, so focus can be sent back to it. */
  addFor?: string
}

export function CardTextField({ label, hint, error, onChange, addFor, ...rest }: TextProps) {
  const id = useId()
  return (
    <div className={`field cards-field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="field__input field__input--multiline cards-field__text"
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : '', `${id}-hint`].join(' ').trim()}
        data-add-for={addFor}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  )
}

interface TagsProps {
  value: string
  onChange: (value: string) => void
}

export function CardTagsField({ value, onChange }: TagsProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="field cards-field cards-field--tags">
      <label className="field__label" htmlFor={id}>
        {t('cards.add.tags')}
      </label>
      <input
        id={id}
        className="field__input"
        value={value}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('cards.add.tagsHint')}
      </p>
    </div>
  )
}

/** Enter without Shift, and not while an input method is still composing a character. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing
}
