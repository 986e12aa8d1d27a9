/**
 * What a key typed in a participant's row means. Kept apart from the component so the whole
 * keyboard vocabulary of fast entry is readable in one place.
 */
import { MATURITY_LEVELS, type RatingValue } from '@shared/domain'

export type RowKeyAction =
  { kind: 'rate'; value: RatingValue } | { kind: 'clear' } | { kind: 'move'; by: 1 | -1 }

// A Map, not an object literal: a key named "constructor" must not find anything.
const LEVEL_KEYS = new Map<string, RatingValue>(
  MATURITY_LEVELS.map((level) => [String(level), level]),
)

/** Null for every other key, so 6-9 and letters can never become a score. */
export function rowKeyAction(key: string): RowKeyAction | null {
  const level = LEVEL_KEYS.get(key)
  if (level !== undefined) return { kind: 'rate', value: level }
  switch (key) {
    case '0':
    case 'u':
    case 'U':
      return { kind: 'rate', value: 'unsure' }
    case 'Backspace':
    case 'Delete':
      return { kind: 'clear' }
    case 'ArrowDown':
      return { kind: 'move', by: 1 }
    case 'ArrowUp':
      return { kind: 'move', by: -1 }
    default:
      return null
  }
}
