/**
 * The path through a workshop: every lens on the agenda is walked through the same six steps,
 * and the lens timebox is shared between them so the step timer has a sensible default.
 * Reveals get the most time because that is where the room talks.
 */
import type { LensId } from './lens'
import type { RatingState } from './rating'
import type { AgendaItem } from './workshop'

export const LENS_STEPS = [
  'introduce',
  'rate-current',
  'reveal-current',
  'rate-target',
  'reveal-target',
  'gap',
] as const
export type LensStep = (typeof LENS_STEPS)[number]

export interface StepRef {
  lensId: LensId
  step: LensStep
}

const STEP_WEIGHTS: Record<LensStep, number> = {
  introduce: 1,
  'rate-current': 2,
  'reveal-current': 3,
  'rate-target': 2,
  'reveal-target': 3,
  gap: 1,
}
const TOTAL_WEIGHT = LENS_STEPS.reduce((sum, step) => sum + STEP_WEIGHTS[step], 0)

/** Every step of every agenda lens, in agenda order. */
export function stepSequence(agenda: readonly AgendaItem[]): StepRef[] {
  return agenda.flatMap((item) =>
    LENS_STEPS.map((step): StepRef => ({ lensId: item.lensId, step })),
  )
}

export function sameStep(a: StepRef, b: StepRef): boolean {
  return a.lensId === b.lensId && a.step === b.step
}

/** The step after/before `current` in the sequence; null at the ends; if `current` is not in the sequence (lens removed from the agenda) -> the first step / null. */
export function nextStep(agenda: readonly AgendaItem[], current: StepRef): StepRef | null {
  const sequence = stepSequence(agenda)
  const index = sequence.findIndex((step) => sameStep(step, current))
  return sequence[index + 1] ?? null
}

export function previousStep(agenda: readonly AgendaItem[], current: StepRef): StepRef | null {
  const sequence = stepSequence(agenda)
  const index = sequence.findIndex((step) => sameStep(step, current))
  if (index <= 0) return null
  return sequence[index - 1] ?? null
}

/** Which rating state a step is about: rate-current/reveal-current -> 'current', rate-target/reveal-target -> 'target', others null. */
export function stateOfStep(step: LensStep): RatingState | null {
  switch (step) {
    case 'rate-current':
    case 'reveal-current':
      return 'current'
    case 'rate-target':
    case 'reveal-target':
      return 'target'
    default:
      return null
  }
}

/** Planned minutes of one step: the lens timebox split over its steps with weights introduce 1, rate 2, reveal 3 (each state), gap 1 (total 12): minutes * weight / 12, rounded to whole minutes, at least 1. */
export function stepMinutes(lensMinutes: number, step: LensStep): number {
  const share = Math.round((lensMinutes * STEP_WEIGHTS[step]) / TOTAL_WEIGHT)
  return Number.isNaN(share) ? 1 : Math.max(1, share)
}
