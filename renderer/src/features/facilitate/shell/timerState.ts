/** The timer of the current step: the saved one if it belongs to this step, else a fresh one. */
import {
  createTimer,
  sameStep,
  stepMinutes,
  type StepRef,
  type StepTimer,
  type Workshop,
} from '@shared/domain'

export function timerFor(workshop: Workshop, position: StepRef): StepTimer {
  const saved = workshop.timer
  if (saved && sameStep(saved.step, position)) return saved.timer
  const lensMinutes = workshop.agenda.find((a) => a.lensId === position.lensId)?.minutes ?? 30
  return createTimer(stepMinutes(lensMinutes, position.step) * 60_000)
}
