/**
 * The path through the workshop: every agenda lens with its six steps, where the facilitator is,
 * and what has been agreed so far. Any step can be reached from here, in any order.
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LENS_STEPS, findLens, stateOfStep, type LensStep, type StepRef } from '@shared/domain'
import { useSession, useWorkshopEdits } from '../../../store/context'

function useStepNote(lensId: string, step: LensStep): string {
  const { t } = useTranslation()
  const state = stateOfStep(step)
  const consensus = useSession((s) =>
    state ? s.data?.consensus.find((c) => c.lensId === lensId && c.state === state) : undefined,
  )
  if (!state || step.startsWith('rate')) return ''
  if (consensus?.value != null) return t('facilitate.progress.agreed', { score: consensus.value })
  return consensus?.revealed ? t('facilitate.progress.revealed') : ''
}

function StepItem({
  lensId,
  lensTitle,
  step,
  current,
}: {
  lensId: string
  lensTitle: string
  step: LensStep
  current: boolean
}) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const note = useStepNote(lensId, step)
  const name = t(`facilitate.steps.${step}`)
  const button = useRef<HTMLButtonElement>(null)
  // Keep the current step in sight in a long agenda; the test DOM has no scrolling, hence the check.
  useEffect(() => {
    if (current) button.current?.scrollIntoView?.({ block: 'nearest' })
  }, [current])
  return (
    <li>
      <button
        ref={button}
        type="button"
        className="step-nav__step"
        aria-current={current ? 'step' : undefined}
        aria-label={t('facilitate.stepLabel', { lens: lensTitle, step: name })}
        onClick={() => void edits.goTo({ lensId, step })}
      >
        <span>{name}</span>
        {note && <span className="step-nav__note">{note}</span>}
      </button>
    </li>
  )
}

export function StepNavigation({ position }: { position: StepRef }) {
  const { t } = useTranslation()
  const workshop = useSession((s) => s.data?.workshop)
  if (!workshop) return null
  return (
    <nav className="step-nav" aria-label={t('facilitate.navigation')}>
      <ol className="step-nav__lenses">
        {workshop.agenda.map((item) => {
          const lens = findLens(workshop.template, item.lensId)
          if (!lens) return null
          const here = item.lensId === position.lensId
          return (
            <li
              key={item.lensId}
              className={`step-nav__lens${here ? ' step-nav__lens--current' : ''}`}
            >
              <span className="step-nav__lens-title">{lens.title}</span>
              <ol className="step-nav__steps">
                {LENS_STEPS.map((step) => (
                  <StepItem
                    key={step}
                    lensId={item.lensId}
                    lensTitle={lens.title}
                    step={step}
                    current={here && step === position.step}
                  />
                ))}
              </ol>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
