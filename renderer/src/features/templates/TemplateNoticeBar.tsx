/**
 * What just happened in the template library, with Undo after a delete. Like the workshops'
 * notice it stays until dismissed or replaced, so nobody races a timer to undo.
 */
import { useTranslation } from 'react-i18next'
import { useTemplateActions, useTemplates } from '../../store/context'
import type { TemplateNotice } from '../../store/templatesStore'
import { Button } from '../../ui/Button'

function useNoticeText(notice: TemplateNotice): string {
  const { t } = useTranslation()
  switch (notice.kind) {
    case 'failed':
      return t('templates.notice.failed', { reason: notice.reason })
    default:
      return t(`templates.notice.${notice.kind}`, { name: notice.name })
  }
}

function NoticeContent({ notice }: { notice: TemplateNotice }) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const text = useNoticeText(notice)
  return (
    <div className={`notice notice--${notice.kind}`}>
      <p className="notice__text">{text}</p>
      {notice.kind === 'deleted' && (
        <Button variant="primary" onClick={() => void actions.undoRemove()}>
          {t('templates.notice.undo')}
        </Button>
      )}
      <Button variant="quiet" onClick={actions.dismissNotice}>
        {t('templates.notice.dismiss')}
      </Button>
    </div>
  )
}

export function TemplateNoticeBar() {
  const notice = useTemplates((s) => s.notice)
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && <NoticeContent notice={notice} />}
    </div>
  )
}
