/** The calm, always-visible answer to "is my work safe?". */
import { useTranslation } from 'react-i18next'
import { useSaveState } from '../store/context'

export function SaveIndicator() {
  const { t } = useTranslation()
  const state = useSaveState()
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      <span className="save-indicator__dot" aria-hidden="true" />
      {t(`saveState.${state}`)}
    </p>
  )
}
