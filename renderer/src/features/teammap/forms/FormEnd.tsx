/** The end of every map form: a failed write said plainly, then Cancel and Add or Save. */
import { useTranslation } from 'react-i18next'
import { Button } from '../../../ui/Button'

interface Props {
  failed: boolean
  /** A refusal of the whole map (it is full), not of one field. */
  mapProblem?: string | undefined
  adding: boolean
  busy: boolean
  onCancel: () => void
}

export function FormEnd({ failed, mapProblem, adding, busy, onCancel }: Props) {
  const { t } = useTranslation()
  return (
    <>
      {(failed || mapProblem) && (
        <p className="form-failure" role="alert">
          {failed ? t('teammap.forms.writeFailed') : mapProblem}
        </p>
      )}
      <div className="dialog__actions">
        <Button variant="quiet" onClick={onCancel}>
          {t('teammap.forms.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {t(adding ? 'teammap.forms.add' : 'teammap.forms.save')}
        </Button>
      </div>
    </>
  )
}
