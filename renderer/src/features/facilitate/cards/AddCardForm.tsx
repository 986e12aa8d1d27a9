/**
 * Adds cards to one column as fast as the room talks: Enter adds, Shift+Enter starts a new line,
 * and the focus stays in the text for the next card. An empty or too long text is refused.
 */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { parseTags, type RatingState } from '@shared/domain'
import { Button } from '../../../ui/Button'
import {
  CardTagsField,
  CardTextField,
  cardTextProblem,
  isPlainEnter,
  useProblemText,
  type CardProblem,
} from './CardFields'
import type { EditOutcome } from '../../../store/session/workshopEdits'

interface Props {
  column: RatingState
  onAdd: (
    column: RatingState,
    text: string,
    tags: string[],
  ) => Promise<EditOutcome<'required' | 'tooLong'>>
}

export function AddCardForm({ column, onAdd }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [tags, setTags] = useState('')
  const [problem, setProblem] = useState<CardProblem | null>(null)
  const textRef = useRef<HTMLTextAreaElement>(null)
  const error = useProblemText(problem, text)

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    textRef.current?.focus()
    const typed = { text, tags }
    const refused = cardTextProblem(text)
    if (refused) return setProblem(refused)
    // Cleared at once, not after the write: the next card may already be on its way in.
    setProblem(null)
    setText('')
    setTags('')
    const outcome = await onAdd(column, typed.text, parseTags(typed.tags))
    if (outcome.ok) return
    setText((now) => (now === '' ? typed.text : now))
    setTags((now) => (now === '' ? typed.tags : now))
    setProblem(outcome.problem)
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!isPlainEnter(event)) return
    event.preventDefault()
    void submit()
  }

  return (
    <form className="cards-add" onSubmit={(event) => void submit(event)} noValidate>
      <CardTextField
        ref={textRef}
        label={t(`cards.columns.${column}.addLabel`)}
        hint={t('cards.add.hint')}
        value={text}
        error={error}
        addFor={column}
        onChange={(value) => {
          setText(value)
          if (problem) setProblem(null)
        }}
        onKeyDown={onKeyDown}
      />
      <div className="cards-add__row" onKeyDown={onKeyDown}>
        <CardTagsField value={tags} onChange={setTags} />
        <Button type="submit" variant="primary" className="cards-add__submit">
          {t('cards.add.submit')}
        </Button>
      </div>
    </form>
  )
}
