/** Says plainly that a write did not happen and that nothing changed; renders nothing otherwise. */
import { useTranslation } from 'react-i18next'

export function FailureMessage({ reason }: { reason: string | undefined }) {
  const { t } = useTranslation()
  if (!reason) return null
  return (
    <p className="form-failure" role="alert">
      {t('home.actionFailed', { reason })}
    </p>
  )
}
