/**
 * What the facilitator sees while the disk refuses edits: in plain words that the work is still
 * on screen and not yet saved, that Vantage keeps trying, and the one thing to do now: save a
 * session file, which holds the edits the disk has not taken. Gone by itself once they are saved.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { useServices } from '../../store/context'
import { Button } from '../../ui/Button'
import { failureReason } from '../../i18n/failureReason'
import { saveOutcomeMessage } from './saveOutcomeMessage'
import { saveSessionFile } from './workshopFiles'

export function StorageRefusalNotice() {
  const { t } = useTranslation()
  const services = useServices()
  const refusal = useStore(services.saveStatus.store, (s) => s.refusal)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (refusal === null) return null

  async function saveNow() {
    if (busy) return
    setBusy(true)
    setMessage('')
    try {
      const messages: string[] = []
      for (const id of services.workshop.actions.unsavedWorkshops())
        messages.push(saveOutcomeMessage(await saveSessionFile(services, id), 'file'))
      setMessage(messages.join(' '))
    } catch (error) {
      setMessage(t('files.status.failed', { reason: failureReason(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      className="notice notice--failed notice--stacked notice--pinned"
      aria-labelledby="refusal-title"
    >
      <div className="notice__text">
        {/* Said at once: the facilitator must know before the next edit, not after the day. */}
        <div role="alert">
          <h2 id="refusal-title" className="notice__title">
            {t(`files.refusal.title.${refusal}`)}
          </h2>
          <p className="notice__body">{t('files.refusal.body')}</p>
        </div>
        <p role="status" aria-live="polite" className="notice__status">
          {message}
        </p>
      </div>
      <div className="notice__actions">
        <Button variant="primary" disabled={busy} onClick={() => void saveNow()}>
          {t('files.refusal.saveNow')}
        </Button>
        <Button onClick={() => services.workshop.actions.retryNow()}>
          {t('files.refusal.retryNow')}
        </Button>
      </div>
    </section>
  )
}
