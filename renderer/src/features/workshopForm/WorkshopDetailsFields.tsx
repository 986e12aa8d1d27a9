/** The four details of a workshop as form fields, used when creating and when editing one. */
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { DETAIL_MAX_LENGTH, TITLE_MAX_LENGTH, type WorkshopDetails } from '@shared/domain'
import { TextField } from '../../ui/TextField'
import type { DetailsMessages } from './detailsErrors'

interface Props {
  value: WorkshopDetails
  errors: DetailsMessages
  onChange: (next: WorkshopDetails) => void
  onBlur?: () => void
  titleRef?: Ref<HTMLInputElement>
}

export function WorkshopDetailsFields({ value, errors, onChange, onBlur, titleRef }: Props) {
  const { t } = useTranslation()
  const set = (field: keyof WorkshopDetails) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value })
  return (
    <div className="details-fields">
      <TextField
        ref={titleRef}
        label={t('workshopForm.title')}
        hint={t('workshopForm.titleHint')}
        value={value.title}
        onChange={set('title')}
        onBlur={onBlur}
        error={errors.title}
        required
        aria-required="true"
        maxLength={TITLE_MAX_LENGTH + 20}
        autoComplete="off"
      />
      <TextField
        label={t('workshopForm.organisation')}
        value={value.organisation}
        onChange={set('organisation')}
        onBlur={onBlur}
        error={errors.organisation}
        maxLength={DETAIL_MAX_LENGTH + 20}
        autoComplete="organization"
      />
      <div className="details-fields__row">
        <TextField
          label={t('workshopForm.date')}
          type="date"
          value={value.date}
          onChange={set('date')}
          onBlur={onBlur}
          error={errors.date}
        />
        <TextField
          label={t('workshopForm.facilitator')}
          value={value.facilitator}
          onChange={set('facilitator')}
          onBlur={onBlur}
          error={errors.facilitator}
          maxLength={DETAIL_MAX_LENGTH + 20}
          autoComplete="name"
        />
      </div>
    </div>
  )
}
