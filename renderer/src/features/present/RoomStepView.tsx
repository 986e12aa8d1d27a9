/**
 * One step of a lens on the projector: the lens title with a short "Lens 2 of 6 · Reveal today"
 * line, the step timer small in a corner, and what the step shows the room.
 */
import { useTranslation } from 'react-i18next'
import type { LensStep, RoomLens, RoomView } from '@shared/domain'
import { RoomClock } from './RoomClock'
import { RoomHidden, RoomRevealed } from './RoomReveal'
import { RoomGap, RoomIntroduce, RoomRate } from './RoomSteps'

type StepView = Extract<RoomView, { kind: 'step' }>

/** "Lens 2 of 6 · Reveal today"; the step is left out when there is none. */
export function PositionLine({ lens, step }: { lens: RoomLens; step: LensStep | null }) {
  const { t } = useTranslation()
  return (
    <p className="present-position">
      {t('present.lensPosition', { number: lens.number, count: lens.count })}
      {step && ` · ${t(`present.steps.${step}`)}`}
    </p>
  )
}

function Content({ view }: { view: StepView }) {
  const { content } = view
  switch (content.kind) {
    case 'introduce':
      return <RoomIntroduce content={content} />
    case 'rate':
      return <RoomRate content={content} question={view.lens.coreQuestion} />
    case 'hidden':
      return <RoomHidden content={content} />
    case 'revealed':
      return <RoomRevealed content={content} />
    case 'gap':
      return <RoomGap content={content} />
  }
}

export function RoomStepView({ view }: { view: StepView }) {
  return (
    <div className={`present-step present-step--${view.content.kind}`}>
      <header className="present-header">
        <div className="present-header__where">
          <PositionLine lens={view.lens} step={view.step} />
          <h1 className="present-title">{view.lens.title}</h1>
        </div>
        <RoomClock timer={view.timer} size="corner" />
      </header>
      <div className="present-body">
        <Content view={view} />
      </div>
    </div>
  )
}
