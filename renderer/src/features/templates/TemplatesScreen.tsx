/**
 * The template library: the built-in template (read-only, to duplicate) and the facilitator's
 * own templates, created, duplicated, renamed and deleted with undo. Kept off the home screen,
 * one link away, so the home stays about workshops.
 */
import { builtInTemplatesFirst } from '@shared/content'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryTemplate, Template } from '@shared/domain'
import { useTemplateActions, useTemplates } from '../../store/context'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/Dialog'
import { ImportTemplateButton } from './TemplateFileActions'
import { exportTemplateFile } from './templateFiles'
import { useTemplateImport } from './TemplateImportProvider'
import { TemplateListItem } from './TemplateListItem'
import { TemplateNameDialog } from './TemplateNameDialog'
import { TemplateNoticeBar } from './TemplateNoticeBar'
import { failureReason } from '../../i18n/failureReason'

export function TemplatesScreen() {
  const { t, i18n } = useTranslation()
  const actions = useTemplateActions()
  const status = useTemplates((s) => s.status)
  // The app's own language leads; the others stay at hand for a workshop in another language.
  const shown = builtInTemplatesFirst(i18n.language)
  const templates = useTemplates((s) => s.templates)
  const [creating, setCreating] = useState(false)
  const [renaming, setRenaming] = useState<LibraryTemplate | null>(null)
  const [deleting, setDeleting] = useState<LibraryTemplate | null>(null)
  // How the last file went, kept by the import flow, which the menu and the OS reach as well.
  const { message: fileMessage, say: setFileMessage } = useTemplateImport()

  async function exportFile(template: Template) {
    try {
      const outcome = await exportTemplateFile(template)
      setFileMessage(
        outcome.saved
          ? t('templates.files.exported', { fileName: outcome.fileName ?? '' })
          : t('templates.files.cancelled'),
      )
    } catch (error) {
      const reason = failureReason(error)
      setFileMessage(t('templates.files.failed', { reason }))
    }
  }

  useEffect(() => {
    void actions.load()
  }, [actions])

  return (
    <section className="home" aria-labelledby="templates-title">
      <header className="home__header">
        <h1 id="templates-title">{t('templates.library.title')}</h1>
        <div className="home__actions">
          <ImportTemplateButton />
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('templates.library.newTemplate')}
          </Button>
        </div>
      </header>
      <p>{t('templates.library.intro')}</p>
      <TemplateNoticeBar />
      <p className="notice-region" role="status" aria-live="polite">
        {fileMessage}
      </p>

      {status === 'failed' && (
        <div className="notice notice--failed" role="alert">
          <p className="notice__text">{t('app.loadFailed')}</p>
          <Button onClick={() => void actions.load()}>{t('app.retry')}</Button>
        </div>
      )}

      <h2>{t('templates.library.builtInTitle')}</h2>
      <ul className="workshop-list" aria-label={t('templates.library.builtInTitle')}>
        {shown.map((builtIn) => (
          <TemplateListItem
            key={builtIn.id}
            template={builtIn}
            builtIn
            onDuplicate={() => void actions.duplicate(builtIn.id)}
            onExport={() => void exportFile(builtIn)}
          />
        ))}
      </ul>

      <h2>{t('templates.library.ownTitle')}</h2>
      {status === 'loading' && templates.length === 0 && <p>{t('templates.library.loading')}</p>}
      {status === 'ready' && templates.length === 0 && <p>{t('templates.library.emptyOwn')}</p>}
      {templates.length > 0 && (
        <ul className="workshop-list" aria-label={t('templates.library.listLabel')}>
          {templates.map((template) => (
            <TemplateListItem
              key={template.id}
              template={template}
              builtIn={false}
              onDuplicate={() => void actions.duplicate(template.id)}
              onExport={() => void exportFile(template)}
              onRename={() => setRenaming(template)}
              onDelete={() => setDeleting(template)}
            />
          ))}
        </ul>
      )}

      {creating && (
        <TemplateNameDialog
          mode="create"
          initialName={t('templates.library.newName')}
          onSubmit={async (name) => {
            // A failed write is told by the notice bar; the dialog has nothing left to ask.
            await actions.create(name)
            return null
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {renaming && (
        <TemplateNameDialog
          mode="rename"
          initialName={renaming.name}
          onSubmit={async (name) => {
            const outcome = await actions.rename(renaming.id, name)
            return outcome.ok ? null : (outcome.failure ?? '')
          }}
          onClose={() => setRenaming(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('templates.deleteDialog.title', { name: deleting?.name ?? '' })}
        description={t('templates.deleteDialog.body')}
        confirmLabel={t('templates.deleteDialog.confirm')}
        cancelLabel={t('templates.deleteDialog.cancel')}
        onConfirm={() => {
          if (deleting) void actions.remove(deleting.id)
          setDeleting(null)
        }}
      />
    </section>
  )
}
