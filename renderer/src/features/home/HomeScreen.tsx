/** The home screen: every workshop on this machine, and the way into a new one. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { Workshop } from '@shared/domain'
import { useWorkshopActions, useWorkshops } from '../../store/context'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/Dialog'
import { useNow } from '../../ui/useNow'
import { useSessionImport } from '../files/SessionImportProvider'
import { RestoreOffer } from '../files/RestoreOffer'
import { NewWorkshopDialog } from './NewWorkshopDialog'
import { NoticeBar } from './NoticeBar'
import { RenameWorkshopDialog } from './RenameWorkshopDialog'
import { WorkshopListItem } from './WorkshopListItem'

export function HomeScreen() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const actions = useWorkshopActions()
  const status = useWorkshops((s) => s.status)
  const workshops = useWorkshops((s) => s.workshops)
  const { openFile } = useSessionImport()
  const [creating, setCreating] = useState(false)
  const [renaming, setRenaming] = useState<Workshop | null>(null)
  const [deleting, setDeleting] = useState<Workshop | null>(null)

  useEffect(() => {
    void actions.load()
  }, [actions])

  const now = useNow()

  return (
    <section className="home" aria-labelledby="home-title">
      <header className="home__header">
        <h1 id="home-title">{t('home.title')}</h1>
        <div className="home__actions">
          <Link href="/templates" className="button button--quiet">
            {t('templates.library.homeLink')}
          </Link>
          <Button onClick={() => void openFile()}>{t('files.actions.openSession')}</Button>
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('home.newWorkshop')}
          </Button>
        </div>
      </header>
      <RestoreOffer />

      <NoticeBar />

      {status === 'failed' && (
        <div className="notice notice--failed" role="alert">
          <p className="notice__text">{t('app.loadFailed')}</p>
          <Button onClick={() => void actions.load()}>{t('app.retry')}</Button>
        </div>
      )}
      {status === 'loading' && workshops.length === 0 && (
        <p className="home__loading">{t('home.loading')}</p>
      )}
      {status === 'ready' && workshops.length === 0 && (
        <div className="empty-state">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyBody')}</p>
        </div>
      )}
      {workshops.length > 0 && (
        <ul className="workshop-list" aria-label={t('home.listLabel')}>
          {workshops.map((workshop) => (
            <WorkshopListItem
              key={workshop.id}
              workshop={workshop}
              now={now}
              onRename={() => setRenaming(workshop)}
              onDuplicate={() => void actions.duplicate(workshop.id)}
              onDelete={() => setDeleting(workshop)}
            />
          ))}
        </ul>
      )}

      <NewWorkshopDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(id) => navigate(`/workshops/${id}`)}
      />
      {renaming && <RenameWorkshopDialog workshop={renaming} onClose={() => setRenaming(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('deleteDialog.title', { title: deleting?.title ?? '' })}
        description={t('deleteDialog.body')}
        confirmLabel={t('deleteDialog.confirm')}
        cancelLabel={t('deleteDialog.cancel')}
        onConfirm={() => {
          if (deleting) void actions.remove(deleting.id)
          setDeleting(null)
        }}
      />
    </section>
  )
}
