/**
 * At start, when the app's storage holds no workshops (or cannot be read) but backups exist:
 * offer to bring the latest backup of each workshop back.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupEntry } from '@shared/ipc'
import { platform } from '../../platform'
import { useServices, useWorkshops } from '../../store/context'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { latestPerWorkshop, restoreBackup } from './backups'
import { failureReason } from '../../i18n/failureReason'

export function RestoreOffer() {
  const { t } = useTranslation()
  const services = useServices()
  const status = useWorkshops((s) => s.status)
  const empty = useWorkshops((s) => s.workshops.length === 0)
  const [offer, setOffer] = useState<BackupEntry[]>([])
  const [asked, setAsked] = useState(false)
  const [message, setMessage] = useState('')
  const backups = platform.backups
  const lost = status === 'failed' || (status === 'ready' && empty)

  useEffect(() => {
    if (!backups || asked || !lost) return
    let cancelled = false
    backups.list().then(
      (entries) => !cancelled && setOffer(latestPerWorkshop(entries)),
      () => undefined,
    )
    return () => {
      cancelled = true
    }
  }, [backups, asked, lost])

  async function restoreAll() {
    if (!backups) return
    setAsked(true)
    try {
      for (const entry of offer) await restoreBackup(services, backups, entry)
      setMessage(t('files.backups.offerDone', { count: offer.length }))
    } catch (error) {
      setMessage(t('files.backups.failed', { reason: failureReason(error) }))
    }
  }

  return (
    <>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <Dialog
        open={!asked && lost && offer.length > 0}
        onOpenChange={(open) => !open && setAsked(true)}
        title={t('files.backups.offerTitle')}
        description={t('files.backups.offerBody', { count: offer.length })}
      >
        <div className="dialog__actions">
          <Button onClick={() => setAsked(true)}>{t('files.backups.offerLater')}</Button>
          <Button variant="primary" onClick={() => void restoreAll()}>
            {t('files.backups.offerRestore')}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
