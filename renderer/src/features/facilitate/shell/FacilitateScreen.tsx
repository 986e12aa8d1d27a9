/**
 * Running the workshop: the steps on the left, the current step on the right, shortcuts for
 * the common moves. The position is saved with the workshop, so a reload resumes right here.
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { nextStep, previousStep, stateOfStep, type StepRef } from '@shared/domain'
import { useServices, useSession, useWorkshopEdits } from '../../../store/context'
import { HelpOverlay } from './HelpOverlay'
import { currentPosition } from './position'
import { StepContent } from './StepContent'
import { StepHeader } from './StepHeader'
import { StepNavigation } from './StepNavigation'
import { useFacilitatorShortcuts } from './useFacilitatorShortcuts'
import { useTimerControls } from './useTimerControls'

function useShortcuts(position: StepRef, openHelp: () => void) {
  const edits = useWorkshopEdits()
  const { workshop: session } = useServices()
  const timer = useTimerControls(position)
  const handlers = useMemo(() => {
    const agenda = () => session.store.getState().data?.workshop.agenda ?? []
    return {
      next: () => {
        const to = nextStep(agenda(), position)
        if (to) void edits.goTo(to)
      },
      previous: () => {
        const to = previousStep(agenda(), position)
        if (to) void edits.goTo(to)
      },
      reveal: () => {
        const state = stateOfStep(position.step)
        if (!state || !position.step.startsWith('reveal')) return
        const revealed = session.store
          .getState()
          .data?.consensus.find((c) => c.lensId === position.lensId && c.state === state)?.revealed
        void edits.setRevealed(position.lensId, state, !revealed)
        // The screen changes at once (the write follows); once it has, keep focus on the step if
        // the element that had it is gone, and never take it from where the facilitator went.
        requestAnimationFrame(() => {
          const active = document.activeElement
          if (active && active !== document.body && active.isConnected) return
          document.querySelector<HTMLElement>('.facilitate__content h2[tabindex="-1"]')?.focus()
        })
      },
      toggleTimer: timer.toggle,
      addMinute: timer.addMinute,
      undo: () => void edits.undo(),
      redo: () => void edits.redo(),
      help: openHelp,
    }
  }, [edits, session, position, timer, openHelp])
  useFacilitatorShortcuts(handlers)
}

function Facilitation({ position }: { position: StepRef }) {
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useShortcuts(position, openHelp)
  return (
    <div className="facilitate">
      <StepNavigation position={position} />
      <div className="facilitate__main" aria-labelledby="step-title" role="region">
        <StepHeader position={position} onHelp={openHelp} />
        <div className="facilitate__content" key={`${position.lensId}:${position.step}`}>
          <StepContent position={position} />
        </div>
      </div>
      <HelpOverlay open={helpOpen} onOpenChange={setHelpOpen} />
    </div>
  )
}

export function FacilitateScreen() {
  const { t } = useTranslation()
  const workshop = useSession((s) => s.data?.workshop)
  if (!workshop) return null
  const position = currentPosition(workshop)
  if (!position) return <p className="panel">{t('facilitate.noAgenda')}</p>
  return <Facilitation position={position} />
}
