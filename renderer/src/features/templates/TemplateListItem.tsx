/**
 * One template in the library: its name, its size, whether it is ready, and what can be done:
 * the built-in can be viewed and duplicated, an own template edited, renamed and deleted too.
 */
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { isTemplateReady, type Template } from '@shared/domain'
import { Button } from '../../ui/Button'

interface Props {
  template: Template
  builtIn: boolean
  onDuplicate: () => void
  /** Offered only when the template is ready: a file must hold a usable template. */
  onExport?: () => void
  onRename?: () => void
  onDelete?: () => void
}

export function TemplateListItem(props: Props) {
  const { template, builtIn, onDuplicate, onExport, onRename, onDelete } = props
  const { t } = useTranslation()
  const { name } = template
  return (
    <li className="workshop-item">
      <div className="workshop-item__main">
        <h3 className="workshop-item__title">
          {name}
          {builtIn && <span className="template-badge">{t('templates.library.builtInBadge')}</span>}
        </h3>
        <p className="workshop-item__meta">
          {t('templates.library.lensCount', { count: template.lenses.length })}
        </p>
        {!isTemplateReady(template) && (
          <p className="workshop-item__edited">{t('templates.library.notReady')}</p>
        )}
      </div>
      <div className="workshop-item__actions">
        <Link
          href={`/templates/${template.id}`}
          className="button button--quiet"
          aria-label={t(builtIn ? 'templates.library.viewLabel' : 'templates.library.editLabel', {
            name,
          })}
        >
          {t(builtIn ? 'templates.library.view' : 'templates.library.edit')}
        </Link>
        <Button
          variant="quiet"
          onClick={onDuplicate}
          aria-label={t('templates.library.duplicateLabel', { name })}
        >
          {t('templates.library.duplicate')}
        </Button>
        {onExport && isTemplateReady(template) && (
          <Button
            variant="quiet"
            onClick={onExport}
            aria-label={t('templates.files.exportLabel', { name })}
          >
            {t('templates.files.export')}
          </Button>
        )}
        {onRename && (
          <Button
            variant="quiet"
            onClick={onRename}
            aria-label={t('templates.library.renameLabel', { name })}
          >
            {t('templates.library.rename')}
          </Button>
        )}
        {onDelete && (
          <Button
            variant="quiet"
            onClick={onDelete}
            aria-label={t('templates.library.deleteLabel', { name })}
          >
            {t('templates.library.delete')}
          </Button>
        )}
      </div>
    </li>
  )
}
