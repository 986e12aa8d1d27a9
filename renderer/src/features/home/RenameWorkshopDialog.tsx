/** Renaming a workshop in place; an empty title is refused with a message and changes nothing. */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TITLE_MAX_LENGTH, type Workshop } from '@shared/domain'
import { useWorkshopActions } from '../../store/context'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { FailureMessage } from '../../ui/FailureMessage'
import { TextField } from '../../ui/TextField'
import { detailsMessages } from '../workshopForm/detailsErrors'

interface Props {
  workshop: Workshop
  onClose: () => void
}

export function RenameWorkshopDialog({ workshop, onClose }: Props) {
  const { t } = useTranslation()
  const actions = useWorkshopActions()
  const [title, setTitle] = useState(workshop.title)
  const [error, setError] = useState<string | undefined>()
  const [failure, setFailure] = useState<string | undefined>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const outcome = await actions.rename(workshop.id, title)
    if (outcome.ok) onClose()
    else {
      setError(detailsMessages(outcome.errors).title)
      setFailure(outcome.failure)
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t('workshopForm.renameTitle')}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('workshopForm.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={error}
          required
          aria-required="true"
          maxLength={TITLE_MAX_LENGTH + 20}
          autoComplete="off"
          autoFocus
          onFocus={(e) => e.target.select()}
        />
        <FailureMessage reason={failure} />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('workshopForm.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('workshopForm.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
