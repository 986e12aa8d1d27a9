/**
 * A participant's optional note on their rating, saved shortly after typing stops and at once
 * on blur. It can only be written once there is a rating to attach it to.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAutosave } from '../../../ui/useAutosave'

export const NOTE_MAX_LENGTH = 280

interface RatingNoteProps {
  name: string
  /** The stored note, or null when there is no rating yet. */
  stored: string | null
  onSave: (note: string) => void
}

export function RatingNote({ name, stored, onSave }: RatingNoteProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(stored ?? '')
  const [seen, setSeen] = useState(stored)
  const [focused, setFocused] = useState(false)
  const { schedule, flush } = useAutosave(onSave)

  // Follow changes made elsewhere (undo, a cleared rating), but never under the typing hand:
  // while the field has focus, what is typed there wins.
  if (stored !== seen) {
    setSeen(stored)
    if (!focused) setDraft(stored ?? '')
  }

  return (
    <input
      className="field__input rate-row__note"
      type="text"
      aria-label={t('rating.rate.note', { name })}
      placeholder={t('rating.rate.notePlaceholder')}
      maxLength={NOTE_MAX_LENGTH}
      disabled={stored === null}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value)
        schedule(e.target.value)
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false)
        flush()
      }}
    />
  )
}
