/**
 * Small helpers of the bet views: the words for a field's problem, the lenses a bet may link to,
 * and the sizes offered. Shared by the form and the list so both say the same.
 */
import { useTranslation } from 'react-i18next'
import {
  BET_LONG_FIELDS,
  BET_LONG_TEXT_MAX,
  BET_SHORT_TEXT_MAX,
  findLens,
  type BetDraftErrors,
  type LensId,
  type Workshop,
} from '@shared/domain'

export const BET_SIZES = ['S', 'M', 'L', 'XL'] as const
type BetSize = (typeof BET_SIZES)[number]

export const isBetSize = (size: string): size is BetSize =>
  (BET_SIZES as readonly string[]).includes(size)

export type BetErrorField = keyof BetDraftErrors

/** The sentence for one field's problem, with the limit and the length where they help. */
export function useBetErrorText() {
  const { t } = useTranslation()
  return (errors: BetDraftErrors, field: BetErrorField, value: string): string | undefined => {
    const code = errors[field]
    if (!code) return undefined
    if (code !== 'tooLong') return t(`commit.bets.errors.${code}`)
    const long = (BET_LONG_FIELDS as readonly string[]).includes(field)
    const max = long ? BET_LONG_TEXT_MAX : BET_SHORT_TEXT_MAX
    return t('commit.bets.errors.tooLong', { max, count: value.trim().length })
  }
}

export interface LensOption {
  id: LensId
  title: string
}

/**
 * The agenda's lenses in agenda order, and the bet's own lens too when it has left the agenda,
 * so editing such a bet does not quietly unlink it.
 */
export function lensOptions(workshop: Workshop, keep: LensId | null): LensOption[] {
  const ids = [...new Set(workshop.agenda.map((item) => item.lensId))]
  if (keep !== null && !ids.includes(keep)) ids.push(keep)
  return ids.flatMap((id) => {
    const lens = findLens(workshop.template, id)
    return lens ? [{ id, title: lens.title }] : []
  })
}

export function lensTitle(workshop: Workshop, lensId: LensId): string {
  return findLens(workshop.template, lensId)?.title ?? lensId
}
