/** Where the facilitator is: the saved position if it is still on the agenda, else the start. */
import { stepSequence, type StepRef, type Workshop } from '@shared/domain'

export function currentPosition(workshop: Workshop): StepRef | null {
  const sequence = stepSequence(workshop.agenda)
  const saved = workshop.position
  if (saved && sequence.some((s) => s.lensId === saved.lensId && s.step === saved.step))
    return saved
  return sequence[0] ?? null
}
