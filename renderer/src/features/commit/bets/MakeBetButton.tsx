/**
 * "Make a bet" wherever the room spots one (a ranked gap, a card): opens the bet form prefilled
 * from what was clicked, and gives the focus back to the button afterwards. The host says what
 * the button reads and what to tell the room once the bet is saved.
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { emptyBetDraft, type BetDraft } from '@shared/domain'
import { Button } from '../../../ui/Button'
import { BetDialog, useReturnFocus } from './BetDialog'

interface Props {
  /** What the button shows ("Make a bet"). */
  text: string
  /** Its accessible name, naming what the bet is made from. */
  label: string
  /** The draft to start from, given the translated opening of a hypothesis. */
  draft: (hypothesisOpening: string) => BetDraft
  onMade: (title: string) => void
  className?: string
}

export function MakeBetButton({ text, label, draft, onMade, className }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [initial, setInitial] = useState<BetDraft>(() => emptyBetDraft())
  const button = useRef<HTMLButtonElement>(null)
  useReturnFocus(open, button)

  return (
    <>
      <Button
        ref={button}
        variant="quiet"
        className={['make-bet', className].filter(Boolean).join(' ')}
        aria-label={label}
        onClick={() => {
          setInitial(draft(t('commit.bets.form.hypothesisOpening')))
          setOpen(true)
        }}
      >
        {text}
      </Button>
      <BetDialog open={open} onOpenChange={setOpen} bet={null} initial={initial} onSaved={onMade} />
    </>
  )
}
