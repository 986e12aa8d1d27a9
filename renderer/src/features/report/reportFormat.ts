/**
 * Small wordings shared by the report's parts: a gap with a real minus sign, a level with its
 * label, the export time. Numbers follow the reader's language, dates their region.
 */
import type { MaturityLevel, MaturityLevelDescription } from '@shared/domain'
import { i18n } from '../../i18n'
import { numberFormat } from '../../i18n/formatters'
import { formatDateTime } from '../../i18n/format'

const MINUS = '\u2212'

/** "+2", "0", "−1": the sign says which way the room wants to move. */
export function formatGap(gap: number): string {
  if (gap > 0) return `+${gap}`
  if (gap < 0) return `${MINUS}${-gap}`
  return '0'
}

export function formatNumber(value: number): string {
  return numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value)
}

export function levelLabel(
  scale: readonly MaturityLevelDescription[],
  level: MaturityLevel,
): string {
  return scale.find((s) => s.level === level)?.label ?? ''
}

/** An ISO timestamp as date and time, in the reader's regional format. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatDateTime(date)
}
