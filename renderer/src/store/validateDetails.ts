/**
 * The workshop details check, loaded with the first workshop created or renamed: its schema brings
 * zod, which the first screen does not need to show the list.
 */
import type { WorkshopDetails } from '@shared/domain'

export async function validateWorkshopDetails(details: WorkshopDetails) {
  const { validateWorkshopDetails: validate } = await import('@shared/schema/workshopDetails')
  return validate(details)
}
