/**
 * The numbers the reveal shows: how the room's private ratings spread, where they centre, and
 * whether they disagree enough to talk about. "Unsure" is an honest answer, so it is counted but
 * never pulls a number one way or the other.
 */
import type { MaturityLevel } from './lens'
import { isMaturityLevel, MATURITY_LEVELS } from './lens'
import type { RatingValue } from './rating'

export interface Distribution {
  counts: Record<MaturityLevel, number>
  unsure: number
  /** numeric ratings */
  rated: number
  /** numeric + unsure */
  total: number
}

export interface Spread {
  min: MaturityLevel
  max: MaturityLevel
  /** max - min */
  range: number
}

export interface RatingSummary {
  distribution: Distribution
  median: number | null
  spread: Spread | null
  disagreement: boolean
}

export const DISAGREEMENT_RANGE = 2

/** Values read from storage are not trusted to be levels: anything else is left out. */
function numericRatings(values: readonly RatingValue[]): MaturityLevel[] {
  return values.filter(isMaturityLevel)
}

export function distribution(values: readonly RatingValue[]): Distribution {
  const numeric = numericRatings(values)
  const counts = Object.fromEntries(
    MATURITY_LEVELS.map((level) => [level, numeric.filter((value) => value === level).length]),
  ) as Record<MaturityLevel, number>
  const unsure = values.filter((value) => value === 'unsure').length
  return { counts, unsure, rated: numeric.length, total: numeric.length + unsure }
}

/** Median of the numeric ratings (unsure ignored); the mean of the two middle values for an even count, so it may be x.5; null when there is none. */
export function median(values: readonly RatingValue[]): number | null {
  const sorted = numericRatings(values).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const upper = sorted[Math.floor(sorted.length / 2)] as MaturityLevel
  if (sorted.length % 2 === 1) return upper
  const lower = sorted[sorted.length / 2 - 1] as MaturityLevel
  return (lower + upper) / 2
}

export function spread(values: readonly RatingValue[]): Spread | null {
  const numeric = numericRatings(values)
  if (numeric.length === 0) return null
  const min = Math.min(...numeric) as MaturityLevel
  const max = Math.max(...numeric) as MaturityLevel
  return { min, max, range: max - min }
}

/** The room disagrees when numeric ratings span two levels or more. */
export function isDisagreement(values: readonly RatingValue[]): boolean {
  const s = spread(values)
  return s !== null && s.range >= DISAGREEMENT_RANGE
}

export function summarize(values: readonly RatingValue[]): RatingSummary {
  return {
    distribution: distribution(values),
    median: median(values),
    spread: spread(values),
    disagreement: isDisagreement(values),
  }
}

/** Consensus gap target - current; null unless both are agreed. */
export function gap(current: MaturityLevel | null, target: MaturityLevel | null): number | null {
  if (current === null || target === null) return null
  return target - current
}
