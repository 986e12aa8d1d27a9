/**
 * The target map's beginning: while it is empty, what it is for and "Start the target from
 * today"; once it holds something, "Replace the target with today" behind a question, since
 * that throws away what the room drew.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../ui/Button'
import { ConfirmDialog } from '../../../ui/Dialog'

export const START_TARGET_ID = 'map-start-target'

interface Props {
  targetEmpty: boolean
  todayEmpty: boolean
  onStart: () => void
}

export function TargetStart({ targetEmpty, todayEmpty, onStart }: Props) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  if (targetEmpty)
    return (
      <div className="map-target-start">
        <h3 className="map-target-start__heading">{t('teammap.target.emptyHeading')}</h3>
        <p>{t(todayEmpty ? 'teammap.target.emptyNoToday' : 'teammap.target.emptyBody')}</p>
        {!todayEmpty && (
          <Button id={START_TARGET_ID} variant="primary" onClick={onStart}>
            {t('teammap.target.start')}
          </Button>
        )}
      </div>
    )
  if (todayEmpty) return null
  return (
    <>
      <Button id={START_TARGET_ID} variant="quiet" onClick={() => setConfirming(true)}>
        {t('teammap.target.replace')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('teammap.target.replaceTitle')}
        description={t('teammap.target.replaceBody')}
        confirmLabel={t('teammap.target.replaceConfirm')}
        cancelLabel={t('teammap.target.replaceCancel')}
        onConfirm={onStart}
      />
    </>
  )
}
