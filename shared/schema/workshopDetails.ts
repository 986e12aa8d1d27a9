/**
 * Validation of the details a facilitator types when creating or renaming a workshop.
 * Errors are codes, not sentences: the renderer translates them.
 */
import { z } from 'zod'
import { DETAIL_MAX_LENGTH, TITLE_MAX_LENGTH, type WorkshopDetails } from '../domain/workshop'

export type DetailsErrorCode = 'required' | 'tooLong' | 'invalidDate'
export type DetailsErrors = Partial<Record<keyof WorkshopDetails, DetailsErrorCode>>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const [y, m, d] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const optionalText = z.string().trim().max(DETAIL_MAX_LENGTH, 'tooLong')

export const workshopDetailsSchema = z.object({
  title: z.string().trim().min(1, 'required').max(TITLE_MAX_LENGTH, 'tooLong'),
  organisation: optionalText,
  date: z
    .string()
    .trim()
    .refine((v) => v === '' || isRealDate(v), 'invalidDate'),
  facilitator: optionalText,
})

export type DetailsValidation =
  { ok: true; value: WorkshopDetails } | { ok: false; errors: DetailsErrors }

/** Trims every field and reports the first problem of each field as a code. */
export function validateWorkshopDetails(input: WorkshopDetails): DetailsValidation {
  const result = workshopDetailsSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const errors: DetailsErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof WorkshopDetails
    errors[field] ??= issue.message as DetailsErrorCode
  }
  return { ok: false, errors }
}
