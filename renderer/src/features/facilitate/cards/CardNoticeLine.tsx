/**
 * The board's status line. Quiet confirmations (added, moved, saved) are only spoken, since the
 * card itself shows what happened; a delete shows "Card deleted." with Undo, kept until it is
 * dismissed, replaced, or no longer the latest step (then Undo would undo something else). A bet
 * made from a card is shown with a link to the bets, since the bet itself is not on the board.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { RatingState } from '@shared/domain'
import { useSession } from '../../../store/context'
import { Button } from '../../../ui/Button'
import { commitHref } from '../../commit/commitViews'
import type { CardNotice } from './useCardActions'

interface Props {
  notice: CardNotice | null
  onUndo: (cardId: string, column: RatingState) => void
  onDismiss: () => void
}

function useSpokenText(notice: CardNotice | null): string {
  const { t } = useTranslation()
  if (!notice) return ''
  switch (notice.kind) {
    case 'added':
    case 'moved':
    case 'saved':
      return t(`cards.notices.${notice.kind}`, {
        card: notice.card,
        column: t(`cards.columns.${notice.column}.title`),
      })
    case 'betMade':
      return t('cards.notices.betMade', { title: notice.title })
    default:
      return t(`cards.notices.${notice.kind}`)
  }
}

export function CardNoticeLine({ notice, onUndo, onDismiss }: Props) {
  const { t } = useTranslation()
  const text = useSpokenText(notice)
  const latest = useSession((s) => s.history.past.at(-1))
  const workshopId = useSession((s) => s.data?.workshop.id)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const visible =
    notice !== null &&
    dismissed !== notice.key &&
    (notice.kind === 'failed' ||
      notice.kind === 'betMade' ||
      (notice.kind === 'deleted' && notice.entry === latest))

  return (
    <div className="cards-notice-region" role="status" aria-live="polite">
      {notice && !visible && notice.kind !== 'deleted' && (
        <span key={notice.key} className="visually-hidden">
          {text}
        </span>
      )}
      {visible && (
        <div key={notice.key} className={`notice cards-notice cards-notice--${notice.kind}`}>
          <p className="notice__text">
            {text}
            {notice.kind === 'betMade' && workshopId && (
              <>
                {' '}
                <Link href={commitHref(workshopId, 'bets')}>{t('cards.notices.openBets')}</Link>
              </>
            )}
          </p>
          {notice.kind === 'deleted' && (
            <Button variant="primary" onClick={() => onUndo(notice.cardId, notice.column)}>
              {t('cards.notices.undo')}
            </Button>
          )}
          <Button
            variant="quiet"
            onClick={() => {
              setDismissed(notice.key)
              onDismiss()
            }}
          >
            {t('cards.notices.dismiss')}
          </Button>
        </div>
      )}
    </div>
  )
}
