/**
 * The one line that tells what just happened, with Undo after a delete. It stays until dismissed
 * or replaced: nobody should have to race a timer to undo a mistake.
 */
import { useTranslation } from 'react-i18next'
import { useWorkshopActions, useWorkshops } from '../../store/context'
import type { Notice } from '../../store/workshopsStore'
import { Button } from '../../ui/Button'

function useNoticeText(notice: Notice): string {
  const { t } = useTranslation()
  switch (notice.kind) {
    case 'deleted':
      return t('home.deleted', { title: notice.title })
    case 'restored':
      return t('home.restored', { title: notice.title })
    case 'duplicated':
      return t('home.duplicated', { title: notice.title })
    case 'failed':
      return t('home.actionFailed', { reason: notice.reason })
  }
}

function NoticeContent({ notice }: { notice: Notice }) {
  const { t } = useTranslation()
  const actions = useWorkshopActions()
  const text = useNoticeText(notice)
  return (
    <div className={`notice notice--${notice.kind}`}>
      <p className="notice__text">{text}</p>
      {notice.kind === 'deleted' && (
        <Button variant="primary" onClick={() => void actions.undoRemove()}>
          {t('home.undo')}
        </Button>
      )}
      <Button variant="quiet" onClick={actions.dismissNotice}>
        {t('home.dismiss')}
      </Button>
    </div>
  )
}

export function NoticeBar() {
  const notice = useWorkshops((s) => s.notice)
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && <NoticeContent notice={notice} />}
    </div>
  )
}
