/** One workshop on the home screen: what it is, when it was touched, and what can be done to it. */
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Workshop } from '@shared/domain'
import { formatCalendarDate, formatRelativeTime } from '../../i18n/format'
import { Button } from '../../ui/Button'

interface Props {
  workshop: Workshop
  now: number
  onRename: () => void
  onDuplicate: () => void
  onDelete: () => void
}

export function WorkshopListItem({ workshop, now, onRename, onDuplicate, onDelete }: Props) {
  const { t } = useTranslation()
  const { title } = workshop
  return (
    <li className="workshop-item">
      <div className="workshop-item__main">
        <h3 className="workshop-item__title">
          <Link href={`/workshops/${workshop.id}`} className="workshop-item__link">
            {title}
          </Link>
        </h3>
        <p className="workshop-item__meta">
          <span>{workshop.organisation || t('home.organisationUnset')}</span>
          <span aria-hidden="true"> · </span>
          <span>{workshop.date ? formatCalendarDate(workshop.date) : t('home.dateUnset')}</span>
        </p>
        <p className="workshop-item__edited">
          {t('home.lastEdited', { when: formatRelativeTime(workshop.updatedAt, now) })}
        </p>
      </div>
      <div className="workshop-item__actions">
        <Button variant="quiet" onClick={onRename} aria-label={t('home.renameLabel', { title })}>
          {t('home.rename')}
        </Button>
        <Button
          variant="quiet"
          onClick={onDuplicate}
          aria-label={t('home.duplicateLabel', { title })}
        >
          {t('home.duplicate')}
        </Button>
        <Button variant="quiet" onClick={onDelete} aria-label={t('home.deleteLabel', { title })}>
          {t('home.delete')}
        </Button>
      </div>
    </li>
  )
}
