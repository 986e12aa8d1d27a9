/**
 * The timebox of one lens. Typing is free; the value is tidied (whole minutes, within the allowed
 * range) and saved on Enter or when focus leaves, so half-typed numbers never reach the agenda.
 * An emptied field puts the saved value back rather than guessing one.
 */
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { clampMinutes, MAX_LENS_MINUTES, MIN_LENS_MINUTES } from '@shared/domain'

interface Props {
  id: string
  lens: string
  minutes: number
  onCommit: (minutes: number) => void
}

export function MinutesInput({ id, lens, minutes, onCommit }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(String(minutes))
  const [stored, setStored] = useState(minutes)
  if (stored !== minutes) {
    setStored(minutes)
    setDraft(String(minutes))
  }

  function commit() {
    if (draft.trim() === '') {
      setDraft(String(minutes))
      return
    }
    const next = clampMinutes(Number(draft))
    setDraft(String(next))
    if (next !== minutes) onCommit(next)
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape') {
      setDraft(String(minutes))
    }
  }

  return (
    <span className="minutes-input">
      <label className="visually-hidden" htmlFor={id}>
        {t('prepare.agenda.minutes', { lens })}
      </label>
      <input
        id={id}
        className="field__input minutes-input__field"
        type="number"
        inputMode="numeric"
        min={MIN_LENS_MINUTES}
        max={MAX_LENS_MINUTES}
        step={1}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span className="minutes-input__unit" aria-hidden="true">
        {t('prepare.agenda.minutesUnit')}
      </span>
    </span>
  )
}
