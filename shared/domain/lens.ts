/**
 * Lenses and their maturity scales: the vocabulary a workshop is run with.
 * A lens is always read from the workshop's own frozen template, never from the default content.
 */

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const
export type MaturityLevel = (typeof MATURITY_LEVELS)[number]

export type LensId = string

export interface MaturityLevelDescription {
  level: MaturityLevel
  /** One to three words, shown on rating buttons ("Ad hoc", "Emerging", ...). */
  label: string
  /** One line a facilitator can read aloud. */
  description: string
}

export interface LensDefinition {
  id: LensId
  title: string
  /** One sentence: the question the room answers for this lens. */
  coreQuestion: string
  /** Three to six questions that open the discussion. */
  prompts: string[]
  /** Exactly five levels, in order 1..5. */
  scale: MaturityLevelDescription[]
  /**
   * The facilitator may leave this lens out of a workshop. Absent means false, and the key is
   * only ever written as `true` (see templateEdits.ts), so session files of templates without
   * optional lenses stay exactly as they were, and files written before the flag stay valid.
   */
  optional?: boolean
}

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
}
