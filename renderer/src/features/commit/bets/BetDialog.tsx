/**
 * The bet form in a dialog, for every place a bet is written from: the bets view, a ranked gap, a
 * card. The form mounts only while the dialog is open, so each opening starts from its draft and
 * the places that merely offer the button need no open workshop to render.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bet, BetDraft } from '@shared/domain'
import { Dialog } from '../../../ui/Dialog'
import { BetForm } from './BetForm'

interface Props {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The bet being edited; null writes a new one from `initial`. */
  bet: Bet | null
  initial: BetDraft
  /** Called with the saved title; the dialog is closed by then. */
  onSaved: (title: string) => void
}

export function BetDialog({ open, onOpenChange, bet, initial, onSaved }: Props) {
  const { t } = useTranslation()
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t(bet ? 'commit.bets.form.editTitle' : 'commit.bets.form.newTitle')}
      description={t('commit.bets.form.description')}
    >
      <BetForm
        bet={bet}
        initial={initial}
        onCancel={() => onOpenChange(false)}
        onSaved={(title) => {
          onOpenChange(false)
          onSaved(title)
        }}
      />
    </Dialog>
  )
}

/**
 * Hands the focus back to the control that opened a dialog once it closes. The app's dialogs
 * have no Radix trigger, and without one Radix leaves the focus on the page's body.
 */
export function useReturnFocus(open: boolean, target: RefObject<HTMLElement | null>) {
  const wasOpen = useRef(open)
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus()
    wasOpen.current = open
  }, [open, target])
}
