/**
 * What the facilitator sees of a template file import: the library's Import button, and the
 * question asked when the template's id is already here: keep both, or replace (never the
 * built-in, which can only be kept beside). The flow itself is TemplateImportProvider's.
 */
import { useTranslation } from 'react-i18next'
import type { ImportConflict, Template } from '@shared/domain'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { useTemplateImport } from './TemplateImportProvider'

export function ImportTemplateButton() {
  const { t } = useTranslation()
  const { pickAndImport } = useTemplateImport()
  return <Button onClick={() => void pickAndImport()}>{t('templates.files.import')}</Button>
}

export interface PendingImport {
  template: Template
  conflict: Exclude<ImportConflict, { kind: 'none' }>
}

export function TemplateConflictDialog(props: {
  pending: PendingImport
  onChoose: (choice: 'keepBoth' | 'replace') => void
  onCancel: () => void
}) {
  const { pending, onChoose, onCancel } = props
  const { t } = useTranslation()
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={t('templates.files.conflictTitle', { name: pending.template.name })}
      description={
        pending.conflict.kind === 'stored'
          ? t('templates.files.conflictStored', { existing: pending.conflict.existing.name })
          : t('templates.files.conflictBuiltIn')
      }
    >
      <div className="dialog__actions">
        <Button onClick={onCancel}>{t('templates.files.cancel')}</Button>
        {pending.conflict.kind === 'stored' && (
          <Button onClick={() => onChoose('replace')}>{t('templates.files.replace')}</Button>
        )}
        <Button variant="primary" onClick={() => onChoose('keepBoth')}>
          {t('templates.files.keepBoth')}
        </Button>
      </div>
    </Dialog>
  )
}
