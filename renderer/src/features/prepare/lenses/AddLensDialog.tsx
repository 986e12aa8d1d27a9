/**
 * Writing a new lens for this workshop: its title, core question and prompts, all at once, since
 * a workshop's copy is never left with a blank lens. A refusal (a name another lens has, a text
 * too long) is said in the dialog, and everything typed stays.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { EDITOR_RULES } from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { Dialog } from '../../../ui/Dialog'
import { TextField } from '../../../ui/TextField'

interface Props {
  onAdded: (title: string) => void
  onClose: () => void
}

const blankPrompts = () => Array.from({ length: EDITOR_RULES.minPrompts }, () => '')

export function AddLensDialog({ onAdded, onClose }: Props) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const [title, setTitle] = useState('')
  const [coreQuestion, setCoreQuestion] = useState('')
  const [prompts, setPrompts] = useState(blankPrompts)
  const [failure, setFailure] = useState<string | undefined>()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const outcome = await edits.addLens({ title, coreQuestion, prompts })
    if (outcome.ok) {
      onAdded(title.trim())
      onClose()
      return
    }
    setFailure(
      outcome.problem === 'writeFailed'
        ? t('prepare.lenses.writeFailed')
        : outcome.problem.sentence,
    )
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('prepare.lenses.addTitle')}
      description={t('prepare.lenses.addDescription')}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('prepare.lenses.lensTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoFocus
        />
        <TextField
          label={t('prepare.lenses.coreQuestion')}
          value={coreQuestion}
          onChange={(event) => setCoreQuestion(event.target.value)}
        />
        <fieldset className="add-lens__prompts">
          <legend className="field__label">
            {t('prepare.lenses.promptsHint', { min: EDITOR_RULES.minPrompts })}
          </legend>
          {prompts.map((prompt, index) => (
            <TextField
              key={index}
              label={t('prepare.lenses.prompt', { position: index + 1 })}
              value={prompt}
              onChange={(event) => {
                const text = event.target.value
                setPrompts((current) => current.with(index, text))
              }}
            />
          ))}
        </fieldset>
        {failure && (
          <p className="form-failure" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog__actions">
          <Button type="button" onClick={onClose}>
            {t('prepare.lenses.cancel')}
          </Button>
          <Button type="submit" variant="primary">
            {t('prepare.lenses.addSubmit')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
