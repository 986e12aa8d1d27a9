/**
 * Editing a workshop's details in place. Every change is saved as the facilitator types; a change
 * that is not valid (an emptied title) is shown as an error and not saved, so the last good
 * details stay on disk while the typed text stays on screen.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Workshop, WorkshopDetails } from '@shared/domain'
import { useWorkshopEdits } from '../../store/context'
import { useAutosave } from '../../ui/useAutosave'
import { detailsMessages, type DetailsMessages } from '../workshopForm/detailsErrors'
import { WorkshopDetailsFields } from '../workshopForm/WorkshopDetailsFields'

export function DetailsForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const [draft, setDraft] = useState<WorkshopDetails>(() => ({
    title: workshop.title,
    organisation: workshop.organisation,
    date: workshop.date,
    facilitator: workshop.facilitator,
  }))
  const [errors, setErrors] = useState<DetailsMessages>({})
  // A failed write shows in the saved indicator; the typed text stays in the fields.
  const { schedule, flush } = useAutosave<WorkshopDetails>((details) => {
    void edits.updateDetails(details).then((outcome) => {
      setErrors(!outcome.ok && 'errors' in outcome ? detailsMessages(outcome.errors) : {})
    })
  })

  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('workshop.details')}</h2>
      <p className="panel__hint">{t('workshop.detailsHint')}</p>
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <WorkshopDetailsFields
          value={draft}
          errors={errors}
          onChange={(next) => {
            setDraft(next)
            schedule(next)
          }}
          onBlur={flush}
        />
      </form>
    </section>
  )
}
