/** Start, pause and extend the step timer; saved with the workshop but never part of undo. */
import { useCallback } from 'react'
import { addMinute, toggleTimer, type StepRef, type StepTimer } from '@shared/domain'
import { useServices } from '../../../store/context'
import { timerFor } from './timerState'

export function useTimerControls(position: StepRef) {
  const { workshop: session } = useServices()

  const update = useCallback(
    (change: (timer: StepTimer) => StepTimer) => {
      const data = session.store.getState().data
      if (!data) return
      const w = data.workshop
      const timer = change(timerFor(w, position))
      void session.actions.persist([
        {
          table: 'workshops',
          id: w.id,
          before: w,
          after: { ...w, timer: { step: position, timer } },
        },
      ])
    },
    [session, position],
  )

  return {
    toggle: useCallback(() => update((t) => toggleTimer(t, Date.now())), [update]),
    addMinute: useCallback(() => update(addMinute), [update]),
  }
}
