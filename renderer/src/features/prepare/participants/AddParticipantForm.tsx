/**
 * Adding people one after another: Enter adds, and the cursor goes back to Name so a facilitator
 * can type a whole room without touching the mouse. A refused name stays in the field to fix.
 */
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { NAME_MAX_LENGTH, ROLE_MAX_LENGTH } from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { TextField } from '../../../ui/TextField'
import { nameMessage } from './nameMessage'

export function AddParticipantForm() {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const [error, setError] = useState<string | undefined>()
  const nameRef = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    nameRef.current?.focus()
    // Clear at once: a fast typist is already typing the next name while this one is written.
    // A refused name (known at once) or a failed write puts the text back to fix.
    const submitted = { name, role }
    setName('')
    setRole('')
    setError(undefined)
    const outcome = await edits.addParticipant(submitted.name, submitted.role)
    if (!outcome.ok) {
      setName(submitted.name)
      setRole(submitted.role)
      setError(nameMessage(t, outcome.problem, submitted.name))
    }
  }

  return (
    <form
      className="add-participant"
      aria-label={t('prepare.participants.addForm')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="add-participant__fields">
        <TextField
          ref={nameRef}
          label={t('prepare.participants.name')}
          value={name}
          onChange={(event) => {
            setName(event.target.value)
            setError(undefined)
          }}
          error={error}
          required
          aria-required="true"
          // Room to type past the limit, so the message explains instead of the field going dead.
          maxLength={NAME_MAX_LENGTH + 20}
          autoComplete="off"
        />
        <TextField
          label={t('prepare.participants.roleOptional')}
          value={role}
          onChange={(event) => setRole(event.target.value)}
          maxLength={ROLE_MAX_LENGTH}
          autoComplete="off"
        />
        <Button type="submit" variant="primary" className="add-participant__submit">
          {t('prepare.participants.add')}
        </Button>
      </div>
      <p className="field__hint">{t('prepare.participants.addHint')}</p>
    </form>
  )
}
