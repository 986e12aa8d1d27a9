/**
 * Importing a template file into the library, and the line that says how an export or import
 * went. A template whose id is already here asks first: keep both, or replace (never the
 * built-in, which can only be kept beside).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportConflict, Template } from '@shared/domain'
import { useTemplateActions } from '../../store/context'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { pickTemplateFile } from './templateFiles'

interface Pending {
  template: Template
  conflict: Exclude<ImportConflict, { kind: 'none' }>
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function ImportTemplateButton({ onMessage }: { onMessage: (text: string) => void }) {
  const { t } = useTranslation()
  const actions = useTemplateActions()
  const [pending, setPending] = useState<Pending | null>(null)

  async function start() {
    try {
      const picked = await pickTemplateFile()
      if (picked.kind === 'cancelled') return
      if (picked.kind === 'refused') {
        onMessage(
          t('templates.files.refused', { fileName: picked.fileName, reason: picked.reason }),
        )
        return
      }
      onMessage('')
      const conflict = await actions.importConflict(picked.template)
      if (conflict.kind === 'none') await actions.importTemplate(picked.template, 'keepBoth')
      else setPending({ template: picked.template, conflict })
    } catch (error) {
      onMessage(t('templates.files.openFailed', { reason: reasonOf(error) }))
    }
  }

  async function choose(choice: 'keepBoth' | 'replace') {
    if (!pending) return
    setPending(null)
    await actions.importTemplate(pending.template, choice)
  }

  return (
    <>
      <Button onClick={() => void start()}>{t('templates.files.import')}</Button>
      {pending && (
        <Dialog
          open
          onOpenChange={(open) => !open && setPending(null)}
          title={t('templates.files.conflictTitle', { name: pending.template.name })}
          description={
            pending.conflict.kind === 'stored'
              ? t('templates.files.conflictStored', { existing: pending.conflict.existing.name })
              : t('templates.files.conflictBuiltIn')
          }
        >
          <div className="dialog__actions">
            <Button onClick={() => setPending(null)}>{t('templates.files.cancel')}</Button>
            {pending.conflict.kind === 'stored' && (
              <Button onClick={() => void choose('replace')}>{t('templates.files.replace')}</Button>
            )}
            <Button variant="primary" onClick={() => void choose('keepBoth')}>
              {t('templates.files.keepBoth')}
            </Button>
          </div>
        </Dialog>
      )}
    </>
  )
}
