/**
 * "About Vantage": the version, and where the workshops and backups are kept, which is what a
 * facilitator needs when moving to a new laptop or asking for help.
 */
import { useTranslation } from 'react-i18next'
import { platform } from '../../platform'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { useAppInfo } from './useAppInfo'

export function AboutDialog({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const { t } = useTranslation()
  const info = useAppInfo()
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('app.about.title')}
      description={t('app.tagline')}
    >
      <dl className="term-list about-list">
        <div className="term-list__row">
          <dt>{t('app.about.version')}</dt>
          <dd>{info?.version ?? '…'}</dd>
        </div>
        <div className="term-list__row">
          <dt>{t('app.about.dataFolder')}</dt>
          <dd className="about-list__path">
            {platform.kind === 'desktop' ? (info?.dataFolder ?? '…') : t('app.about.inBrowser')}
          </dd>
        </div>
      </dl>
      <p className="field__hint">{t('app.about.dataHint')}</p>
      <div className="dialog__actions">
        <Button variant="primary" onClick={() => onOpenChange(false)}>
          {t('app.about.close')}
        </Button>
      </div>
    </Dialog>
  )
}
