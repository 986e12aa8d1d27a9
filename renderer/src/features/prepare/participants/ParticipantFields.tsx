/**
 * One participant's name and role, edited in place: saved on Enter or when focus leaves, with
 * the same rules as adding. A refused name is shown with its reason and not saved; Escape puts
 * the saved name back.
 */
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { NAME_MAX_LENGTH, ROLE_MAX_LENGTH, normaliseName, type Participant } from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { TextField } from '../../../ui/TextField'
import { nameMessage } from './nameMessage'

export function ParticipantFields({ participant }: { participant: Participant }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const [name, setName] = useState(participant.name)
  const [role, setRole] = useState(participant.role)
  const [error, setError] = useState<string | undefined>()
  // Follow changes made elsewhere (undo, a tidied name) without losing a draft in the other field.
  const [stored, setStored] = useState({ name: participant.name, role: participant.role })
  if (stored.name !== participant.name || stored.role !== participant.role) {
    if (stored.name !== participant.name) setName(participant.name)
    if (stored.role !== participant.role) setRole(participant.role)
    setStored({ name: participant.name, role: participant.role })
  }

  async function saveName() {
    if (name === participant.name && !error) return
    const outcome = await edits.updateParticipant(participant.id, { name })
    if (outcome.ok) {
      setName(normaliseName(name))
      setError(undefined)
    } else {
      setError(nameMessage(t, outcome.problem, name))
    }
  }

  async function saveRole() {
    if (role === participant.role) return
    const outcome = await edits.updateParticipant(participant.id, { role })
    if (outcome.ok) setRole(role.trim())
  }

  const onKeyDown = (save: () => Promise<void>, revert: () => void) => (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      revert()
    }
  }

  return (
    <div className="participant-fields">
      <TextField
        className="inline-field participant-fields__name"
        label={t('prepare.participants.nameOf', { name: participant.name })}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => void saveName()}
        onKeyDown={onKeyDown(saveName, () => {
          setName(participant.name)
          setError(undefined)
        })}
        error={error}
        required
        aria-required="true"
        maxLength={NAME_MAX_LENGTH + 20}
        autoComplete="off"
      />
      <TextField
        className="inline-field participant-fields__role"
        label={t('prepare.participants.roleOf', { name: participant.name })}
        placeholder={t('prepare.participants.rolePlaceholder')}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        onBlur={() => void saveRole()}
        onKeyDown={onKeyDown(saveRole, () => setRole(participant.role))}
        maxLength={ROLE_MAX_LENGTH}
        autoComplete="off"
      />
    </div>
  )
}
