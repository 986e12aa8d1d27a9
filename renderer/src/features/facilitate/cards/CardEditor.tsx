/**
 * Edits one card in place. Enter makes new lines here (a card being reworded is often longer);
 * Ctrl/Cmd+Enter saves, Escape cancels. A refused text stays open with the reason.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { parseTags, type Card } from '@shared/domain'
import type { EditOutcome } from '../../../store/session/workshopEdits'
import { Button } from '../../../ui/Button'
import { CardTagsField, CardTextField, useProblemText, type CardProblem } from './CardFields'

interface Props {
  card: Card
  onSave: (
    card: Card,
    patch: { text: string; tags: string[] },
  ) => Promise<EditOutcome<'required' | 'tooLong'>>
  onClose: () => void
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.userAgent)

export function CardEditor({ card, onSave, onClose }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState(card.text)
  const [tags, setTags] = useState(card.tags.join(', '))
  const [problem, setProblem] = useState<CardProblem | null>(null)
  const error = useProblemText(problem, text)
  const textRef = useRef<HTMLTextAreaElement>(null)

  // Focus with the caret after the text, ready to add to it rather than type over its start.
  useEffect(() => {
    const field = textRef.current
    field?.focus()
    field?.setSelectionRange(field.value.length, field.value.length)
  }, [])

  async function save() {
    const outcome = await onSave(card, { text, tags: parseTags(tags) })
    if (outcome.ok) onClose()
    else setProblem(outcome.problem)
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      // Handled here: Escape must not also reach a dialog or a drag further up.
      event.preventDefault()
      event.stopPropagation()
      onClose()
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void save()
    }
  }

  return (
    <form
      className="cards-editor"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <CardTextField
        label={t('cards.edit.text')}
        hint={t('cards.edit.hint', { key: isMac() ? '⌘' : t('facilitate.help.keyNames.ctrl') })}
        value={text}
        error={error}
        ref={textRef}
        onChange={(value) => {
          setText(value)
          if (problem) setProblem(null)
        }}
      />
      <CardTagsField value={tags} onChange={setTags} />
      <div className="cards-editor__actions">
        <Button type="button" variant="quiet" onClick={onClose}>
          {t('cards.edit.cancel')}
        </Button>
        <Button type="submit" variant="primary">
          {t('cards.edit.save')}
        </Button>
      </div>
    </form>
  )
}
