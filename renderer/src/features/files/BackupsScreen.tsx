/** The backups main keeps of every workshop, newest first, each one a click from being restored. */
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { BackupEntry } from '@shared/ipc'
import { formatDateTime, formatRelativeTime } from '../../i18n/format'
import { platform } from '../../platform'
import { useServices } from '../../store/context'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/Dialog'
import { useNow } from '../../ui/useNow'
import { restoreBackup } from './backups'
import { failureReason } from '../../i18n/failureReason'

function groupByWorkshop(entries: BackupEntry[]): BackupEntry[][] {
  const groups = new Map<string, BackupEntry[]>()
  for (const entry of [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt)))
    groups.set(entry.workshopId, [...(groups.get(entry.workshopId) ?? []), entry])
  return [...groups.values()]
}

export function BackupsScreen() {
  const { t } = useTranslation()
  const services = useServices()
  const now = useNow()
  const backups = platform.backups
  const [entries, setEntries] = useState<BackupEntry[] | null>(null)
  const [message, setMessage] = useState('')
  const [restoring, setRestoring] = useState<BackupEntry | null>(null)

  const load = useCallback(() => {
    backups
      ?.list()
      .then(setEntries, (error: unknown) =>
        setMessage(t('files.backups.listFailed', { reason: failureReason(error) })),
      )
  }, [backups, t])
  useEffect(load, [load])

  const when = (entry: BackupEntry) =>
    `${formatDateTime(new Date(entry.savedAt))} (${formatRelativeTime(Date.parse(entry.savedAt), now)})`

  async function restore(entry: BackupEntry) {
    if (!backups) return
    try {
      const id = await restoreBackup(services, backups, entry)
      setMessage(t('files.backups.restored', { title: entry.title, when: when(entry) }))
      void id
      load()
    } catch (error) {
      setMessage(t('files.backups.failed', { reason: failureReason(error) }))
    }
  }

  return (
    <section className="backups" aria-labelledby="backups-title">
      <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
        <Link href="/">{t('app.backHome')}</Link>
      </nav>
      <h1 id="backups-title">{t('files.backups.title')}</h1>
      <p className="panel__hint">
        {backups ? t('files.backups.intro') : t('files.backups.browser')}
      </p>
      <p className="backups__status" role="status" aria-live="polite">
        {message}
      </p>
      {backups && entries === null && <p>{t('files.backups.loading')}</p>}
      {entries?.length === 0 && <p className="empty-state">{t('files.backups.empty')}</p>}
      {entries &&
        groupByWorkshop(entries).map((group) => (
          <section key={group[0]!.workshopId} className="panel backups__workshop">
            <h2>{group[0]!.title}</h2>
            <ul
              className="backups__list"
              aria-label={t('files.backups.listLabel', { title: group[0]!.title })}
            >
              {group.map((entry) => (
                <li key={entry.id} className="backups__entry">
                  <span>{t('files.backups.savedAt', { when: when(entry) })}</span>
                  <span className="backups__size">
                    {t('files.backups.size', { size: Math.max(1, Math.round(entry.size / 1024)) })}
                  </span>
                  <Button
                    variant="quiet"
                    aria-label={t('files.backups.restoreLabel', {
                      title: entry.title,
                      when: when(entry),
                    })}
                    onClick={() => setRestoring(entry)}
                  >
                    {t('files.backups.restore')}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(open) => !open && setRestoring(null)}
        title={t('files.backups.restoreTitle')}
        description={restoring ? t('files.backups.restoreBody', { when: when(restoring) }) : ''}
        confirmLabel={t('files.backups.restoreConfirm')}
        cancelLabel={t('files.open.cancel')}
        onConfirm={() => {
          if (restoring) void restore(restoring)
          setRestoring(null)
        }}
      />
    </section>
  )
}
