/**
 * Creating a workshop: the details, validated before anything is written, and the template it
 * is run with (frozen into the workshop when it is created).
 */
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { builtInTemplatesFirst } from '@shared/content'
import type { WorkshopDetails } from '@shared/domain'
import { useTemplates, useWorkshopActions } from '../../store/context'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { FailureMessage } from '../../ui/FailureMessage'
import { detailsMessages, type DetailsMessages } from '../workshopForm/detailsErrors'
import { WorkshopDetailsFields } from '../workshopForm/WorkshopDetailsFields'
import { TemplatePicker } from './TemplatePicker'

const EMPTY: WorkshopDetails = { title: '', organisation: '', date: '', facilitator: '' }

interface Props {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (workshopId: string) => void
}

export function NewWorkshopDialog({ open, onOpenChange, onCreated }: Props) {
  const { t, i18n } = useTranslation()
  const actions = useWorkshopActions()
  const [details, setDetails] = useState<WorkshopDetails>(EMPTY)
  const [errors, setErrors] = useState<DetailsMessages>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [templateId, setTemplateId] = useState('')
  const templates = useTemplates((s) => s.templates)
  const titleRef = useRef<HTMLInputElement>(null)

  function reset(nextOpen: boolean) {
    if (!nextOpen) {
      setDetails(EMPTY)
      setErrors({})
      setFailure(undefined)
      setTemplateId('')
    }
    onOpenChange(nextOpen)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      // None found means the default: the built-in in the app's language.
      const template =
        templates.find((entry) => entry.id === templateId) ??
        builtInTemplatesFirst(i18n.language).find((entry) => entry.id === templateId)
      const outcome = await actions.create(details, template)
      if (!outcome.ok) {
        setErrors(detailsMessages(outcome.errors))
        setFailure(outcome.failure)
        if (!outcome.failure) titleRef.current?.focus()
        return
      }
      reset(false)
      onCreated(outcome.workshop.id)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={reset}
      title={t('workshopForm.createTitle')}
      description={t('workshopForm.createDescription')}
    >
      <form onSubmit={submit} noValidate>
        <WorkshopDetailsFields
          value={details}
          errors={errors}
          onChange={setDetails}
          titleRef={titleRef}
        />
        {open && <TemplatePicker value={templateId} onChange={setTemplateId} />}
        <FailureMessage reason={failure} />
        <div className="dialog__actions">
          <Button onClick={() => reset(false)}>{t('workshopForm.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('workshopForm.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
