/** Turns validation codes into the sentences a facilitator reads. */
import type { WorkshopDetails } from '@shared/domain'
import { DETAIL_MAX_LENGTH, TITLE_MAX_LENGTH } from '@shared/domain'
import type { DetailsErrors } from '@shared/schema/workshopDetails'
import { t } from '../../i18n'

export type DetailsMessages = Partial<Record<keyof WorkshopDetails, string>>

export function detailsMessages(errors: DetailsErrors): DetailsMessages {
  const messages: DetailsMessages = {}
  for (const [field, code] of Object.entries(errors) as [keyof WorkshopDetails, string][]) {
    const max = field === 'title' ? TITLE_MAX_LENGTH : DETAIL_MAX_LENGTH
    messages[field] = t(
      `workshopForm.errors.${field}.${code}` as 'workshopForm.errors.title.required',
      {
        max,
      },
    )
  }
  return messages
}
