/**
 * Before the reveal: the button that shows the count, and the way to start the round over.
 * Clearing is one undoable step, so it asks no question; it says how to get the votes back.
 */
import { useRef, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { useWorkshopEdits } from '../../../store/context'
import { Button } from '../../../ui/Button'
import type { VotingRound } from './votingRound'

export interface RevealPromptProps {
  round: VotingRound
  onReveal: () => void
  /** Holds the reveal button, which takes focus again after "Hide the votes again". */
  ref?: Ref<HTMLDivElement>
}

export function RevealPrompt({ round, onReveal, ref }: RevealPromptProps) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const [cleared, setCleared] = useState(false)
  const status = useRef<HTMLParagraphElement>(null)
  const hasVotes = round.votes.length > 0

  async function clear() {
    const outcome = await edits.clearVotes()
    setCleared(outcome.ok)
    // The button went with the votes: keep focus here, on the sentence saying what happened.
    if (outcome.ok) status.current?.focus()
  }

  return (
    <div ref={ref} className="vote-reveal">
      {hasVotes ? (
        <>
          <Button variant="primary" className="vote-reveal__button" onClick={onReveal}>
            {t('commit.voting.reveal.button')}
          </Button>
          <p className="vote-reveal__hint">{t('commit.voting.reveal.hiddenHint')}</p>
          <Button variant="quiet" onClick={() => void clear()}>
            {t('commit.voting.reveal.clear')}
          </Button>
        </>
      ) : (
        <p className="vote-reveal__hint">{t('commit.voting.reveal.nothing')}</p>
      )}
      <p ref={status} className="vote-reveal__status" role="status" tabIndex={-1}>
        {cleared && !hasVotes ? t('commit.voting.reveal.cleared') : ''}
      </p>
    </div>
  )
}
