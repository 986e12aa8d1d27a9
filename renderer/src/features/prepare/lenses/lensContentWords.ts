/** What a lens holds, in words for the question before removing it: "4 ratings, 2 cards". */
import type { TFunction } from 'i18next'
import type { LensContent } from '@shared/domain'
import { i18n } from '../../../i18n'
import { listFormat } from '../../../i18n/formatters'

const ORDER = ['ratings', 'agreed', 'cards', 'notes', 'bets', 'teams'] as const

export function lensContentWords(content: LensContent, t: TFunction): string {
  const parts = ORDER.filter((kind) => content[kind] > 0).map((kind) =>
    t(`prepare.lenses.content.${kind}`, { count: content[kind] }),
  )
  return listFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(parts)
}
