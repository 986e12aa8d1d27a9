/** Above every step: which lens and step this is, the timer, and the ways forward and back. */
import { useTranslation } from 'react-i18next'
import { findLens, nextStep, previousStep, type StepRef } from '@shared/domain'
import { canRedoSession, canUndoSession } from '../../../store/session/sessionStore'
import { useSession, useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { StepTimer } from './StepTimer'

export function StepHeader({ position, onHelp }: { position: StepRef; onHelp: () => void }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const workshop = useSession((s) => s.data?.workshop)
  const canUndo = useSession(canUndoSession)
  const canRedo = useSession(canRedoSession)
  if (!workshop) return null
  const lens = findLens(workshop.template, position.lensId)
  const index = workshop.agenda.findIndex((a) => a.lensId === position.lensId)
  const previous = previousStep(workshop.agenda, position)
  const next = nextStep(workshop.agenda, position)

  return (
    <header className="step-header">
      <div className="step-header__where">
        <p className="step-header__lens">
          {t('facilitate.lensPosition', { index: index + 1, count: workshop.agenda.length })}
          {' · '}
          <strong>{lens?.title}</strong>
        </p>
        <p className="step-header__step" id="step-title">
          {t(`facilitate.steps.${position.step}`)}
        </p>
      </div>
      <StepTimer position={position} />
      <div className="step-header__actions">
        <Button variant="quiet" onClick={() => void edits.undo()} disabled={!canUndo}>
          {t('facilitate.undo')}
        </Button>
        <Button variant="quiet" onClick={() => void edits.redo()} disabled={!canRedo}>
          {t('facilitate.redo')}
        </Button>
        <Button variant="quiet" onClick={onHelp} aria-keyshortcuts="?">
          {t('facilitate.help.open')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => previous && void edits.goTo(previous)}
          disabled={!previous}
          aria-keyshortcuts="P"
        >
          {t('facilitate.previous')}
        </Button>
        <Button
          variant="primary"
          onClick={() => next && void edits.goTo(next)}
          disabled={!next}
          aria-keyshortcuts="N"
        >
          {t('facilitate.next')}
        </Button>
      </div>
    </header>
  )
}
