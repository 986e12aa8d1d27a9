/**
 * The status line of the bet views: what an edit just did, with Undo while that edit is still the
 * latest step, or a link to where the new bet can be seen. It stays until dismissed or replaced.
 * The live region is always there, so the first notice is announced too.
 */
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { useSession } from '../../../store/context'
import type { HistoryEntry } from '../../../store/session/sessionStore'
import { Button } from '../../../ui/Button'

export interface BetNoticeState {
  text: string
  /** A new key per notice, so the same words said twice are announced twice. */
  key: number
  failed?: boolean
  /** The step Undo reverts; Undo is offered only while it is the latest one. */
  undo?: HistoryEntry | undefined
  link?: { href: string; label: string }
  /** The id of what gets the focus after Undo, since the control that had it went away. */
  focusAfterUndo?: string
}

interface Props {
  id: string
  notice: BetNoticeState | null
  onUndo?: () => void
  onDismiss: () => void
  dismissLabel: string
}

function UndoButton({
  id,
  entry,
  onUndo,
}: {
  id: string
  entry: HistoryEntry
  onUndo: () => void
}) {
  const { t } = useTranslation()
  const latest = useSession((s) => s.history.past.at(-1))
  if (entry !== latest) return null
  return (
    <Button id={`${id}-undo`} variant="primary" onClick={onUndo}>
      {t('commit.bets.notices.undo')}
    </Button>
  )
}

export function BetNotice({ id, notice, onUndo, onDismiss, dismissLabel }: Props) {
  return (
    <div className="bet-notice-region" role="status" aria-live="polite">
      {notice && (
        <div
          key={notice.key}
          className={`notice bet-notice${notice.failed ? ' notice--failed' : ''}`}
        >
          <p className="notice__text">
            {notice.text}
            {notice.link && (
              <>
                {' '}
                <Link href={notice.link.href}>{notice.link.label}</Link>
              </>
            )}
          </p>
          {notice.undo && onUndo && <UndoButton id={id} entry={notice.undo} onUndo={onUndo} />}
          <Button variant="quiet" onClick={onDismiss}>
            {dismissLabel}
          </Button>
        </div>
      )}
    </div>
  )
}

let lastKey = 0

/** A fresh key for the next notice. */
export const noticeKey = () => ++lastKey
