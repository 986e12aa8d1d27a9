/**
 * Naming a template: a new one, or renaming one from the library. An empty name is refused with
 * a message and changes nothing.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { EDITOR_RULES } from '@shared/domain'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { FailureMessage } from '../../ui/FailureMessage'
import { TextField } from '../../ui/TextField'

interface Props {
  /** 'saveAs': a workshop's own lenses kept in the library under a new name. */
  mode: 'create' | 'rename' | 'saveAs'
  initialName: string
  /** Resolves to a failure reason, or null when done. */
  onSubmit: (name: string) => Promise<string | null>
  onClose: () => void
}

export function TemplateNameDialog({ mode, initialName, onSubmit, onClose }: Props) {
  const { t } = useTranslation()
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string | undefined>()
  const [failure, setFailure] = useState<string | undefined>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (name.trim() === '') {
      setError(t('templates.nameDialog.required'))
      return
    }
    const reason = await onSubmit(name.trim())
    if (reason === null) onClose()
    else setFailure(reason)
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t(`templates.nameDialog.${mode}Title`)}
      {...(mode === 'saveAs' ? { description: t('templates.nameDialog.saveAsDescription') } : {})}
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('templates.nameDialog.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error}
          required
          aria-required="true"
          maxLength={EDITOR_RULES.nameMaxLength}
          autoComplete="off"
          autoFocus
          onFocus={(e) => e.target.select()}
        />
        <FailureMessage reason={failure} />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('templates.nameDialog.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t(`templates.nameDialog.${mode}Submit`)}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
