/**
 * The reveal step: the room's private ratings of one lens stay out of the DOM until the
 * facilitator reveals them; then the spread, the centre and any disagreement are shown, and the
 * room agrees its score. The cards board (children) follows below.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { LensId, RatingState } from '@shared/domain'
import { useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { useRound } from '../rating/round'
import { ConsensusPicker } from './ConsensusPicker'
import { RevealResults } from './RevealResults'

export interface RevealStepProps {
  lensId: LensId
  state: RatingState
  children?: ReactNode
}

export function RevealStep({ lensId, state, children }: RevealStepProps) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const round = useRound(lensId, state)
  const headingId = useId()
  // Which control takes focus after the facilitator's own reveal or hide removed the one they used.
  const [moveFocus, setMoveFocus] = useState<'results' | 'prompt' | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const prompt = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (moveFocus === 'results') heading.current?.focus()
    if (moveFocus === 'prompt') prompt.current?.querySelector('button')?.focus()
  }, [moveFocus])

  if (!round) return null
  const { lens, participants, ratings, revealed, consensus } = round
  const hasRatings = ratings.size > 0

  function setRevealed(next: boolean) {
    setMoveFocus(next ? 'results' : 'prompt')
    void edits.setRevealed(lensId, state, next)
  }

  return (
    <section className="reveal-step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t(`rating.reveal.heading.${state}`)}
      </h2>
      {revealed ? (
        <RevealResults round={round} onHide={() => setRevealed(false)} />
      ) : hasRatings ? (
        <div ref={prompt} className="reveal-prompt">
          <p className="reveal-prompt__count">
            {t('rating.count', { rated: ratings.size, total: participants.length })}
          </p>
          <Button
            variant="primary"
            className="reveal-prompt__button"
            onClick={() => setRevealed(true)}
          >
            {t('rating.reveal.revealButton')}
          </Button>
          <p className="reveal-prompt__hint">{t('rating.reveal.hiddenHint')}</p>
        </div>
      ) : (
        <p className="reveal-prompt__empty">{t('rating.reveal.nothingToReveal')}</p>
      )}
      {(revealed || !hasRatings) && (
        <ConsensusPicker
          state={state}
          scale={lens.scale}
          value={consensus?.value ?? null}
          onChange={(value) => void edits.setConsensus(lensId, state, value)}
        />
      )}
      {children}
    </section>
  )
}
