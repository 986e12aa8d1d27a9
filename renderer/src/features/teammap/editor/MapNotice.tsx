/**
 * The editor's status line: what an edit just did, with Undo while that edit is still the latest
 * step, until dismissed or replaced. The live region is always there so the first notice is
 * announced too; a new key per notice makes the same words said twice be announced twice.
 */
import { useTranslation } from 'react-i18next'
import { useSession } from '../../../store/context'
import type { HistoryEntry } from '../../../store/session/sessionStore'
import { Button } from '../../../ui/Button'

export interface MapNoticeState {
  text: string
  key: number
  failed?: boolean
  /** The step Undo reverts; Undo is offered only while it is the latest one. */
  undo?: HistoryEntry | undefined
}

interface Props {
  id: string
  notice: MapNoticeState | null
  onUndo: () => void
  onDismiss: () => void
}

export function MapNotice({ id, notice, onUndo, onDismiss }: Props) {
  const { t } = useTranslation()
  const latest = useSession((s) => s.history.past.at(-1))
  const canUndo = notice?.undo !== undefined && notice.undo === latest
  return (
    <div className="map-notice-region" role="status" aria-live="polite">
      {notice && (
        <div
          key={notice.key}
          className={`notice map-notice${notice.failed ? ' notice--failed' : ''}`}
        >
          <p className="notice__text">{notice.text}</p>
          {canUndo && (
            <Button id={`${id}-undo`} variant="primary" onClick={onUndo}>
              {t('teammap.announce.undo')}
            </Button>
          )}
          <Button variant="quiet" onClick={onDismiss}>
            {t('teammap.announce.dismiss')}
          </Button>
        </div>
      )}
    </div>
  )
}

/** What the canvas says aloud without a visible line: moves, which would flood the notice. */
export function MapAnnouncer({ message }: { message: { text: string; key: number } | null }) {
  return (
    <div className="visually-hidden" aria-live="polite">
      {message && <span key={message.key}>{message.text}</span>}
    </div>
  )
}
