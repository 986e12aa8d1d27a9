/** The body of the current step: the one component that knows which step shows what. */
import type { StepRef } from '@shared/domain'
import { CardsBoard } from '../cards/CardsBoard'
import { RateStep } from '../rating/RateStep'
import { RevealStep } from '../reveal/RevealStep'
import { GapStep } from '../steps/GapStep'
import { IntroduceStep } from '../steps/IntroduceStep'

export function StepContent({ position }: { position: StepRef }) {
  const { lensId, step } = position
  switch (step) {
    case 'introduce':
      return <IntroduceStep lensId={lensId} />
    case 'rate-current':
      return <RateStep lensId={lensId} state="current" />
    case 'rate-target':
      return <RateStep lensId={lensId} state="target" />
    case 'reveal-current':
      return (
        <RevealStep lensId={lensId} state="current">
          <CardsBoard lensId={lensId} focusColumn="current" />
        </RevealStep>
      )
    case 'reveal-target':
      return (
        <RevealStep lensId={lensId} state="target">
          <CardsBoard lensId={lensId} focusColumn="target" />
        </RevealStep>
      )
    case 'gap':
      return <GapStep lensId={lensId} />
  }
}
