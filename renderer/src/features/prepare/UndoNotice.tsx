/**
 * The line that says what an edit just did ("Removed Amara Okafor."), with Undo while that edit
 * is still the latest one: once something else was edited, Undo would undo the wrong thing, so
 * the button goes away. The line stays until dismissed or replaced; nobody races a timer.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices, useSession } from '../../store/context'
import type { HistoryEntry } from '../../store/session/sessionStore'
import { Button } from '../../ui/Button'

export interface Notice {
  text: string
  /** The history entry Undo reverts; null when the notice offers no undo. */
  entry: HistoryEntry | null
  /** Where focus goes after Undo, since the control that had it may have gone. */
  focusAfterUndo?: string
}

/** Notice state, plus a `show` that remembers the edit just committed so Undo can target it. */
export function useNotice() {
  const store = useServices().workshop.store
  const [notice, setNotice] = useState<Notice | null>(null)
  return {
    notice,
    setNotice,
    show(text: string, undoable: boolean, focusAfterUndo?: string) {
      const entry = undoable ? (store.getState().history.past.at(-1) ?? null) : null
      setNotice({ text, entry, focusAfterUndo })
    },
  }
}

interface Props {
  id: string
  notice: Notice | null
  onUndo: (notice: Notice) => void
  onDismiss: () => void
}

export function UndoNotice({ id, notice, onUndo, onDismiss }: Props) {
  const { t } = useTranslation()
  const latest = useSession((s) => s.history.past.at(-1))
  const canUndo = notice?.entry != null && notice.entry === latest
  return (
    <div className="prepare-notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice prepare-notice">
          <p className="notice__text">{notice.text}</p>
          {canUndo && (
            <Button id={`${id}-undo`} variant="primary" onClick={() => onUndo(notice)}>
              {t('prepare.participants.undo')}
            </Button>
          )}
          <Button variant="quiet" onClick={onDismiss}>
            {t('prepare.participants.dismiss')}
          </Button>
        </div>
      )}
    </div>
  )
}
