/**
 * How the workshop runs: anonymous or named ratings, and the clock times the agenda is planned
 * against. The checkbox saves at once; times save shortly after typing stops and on leaving.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseClockTime, type Workshop } from '@shared/domain'
import { useWorkshopEdits } from '../../store/context'
import { TextField } from '../../ui/TextField'
import { useAutosave } from '../../ui/useAutosave'

type Times = Pick<Workshop, 'startTime' | 'endTime'>

export function SettingsPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const edits = useWorkshopEdits()
  const [times, setTimes] = useState<Times>({
    startTime: workshop.startTime,
    endTime: workshop.endTime,
  })
  // Follow the stored times when they change elsewhere (undo).
  const [stored, setStored] = useState<Times>(times)
  if (stored.startTime !== workshop.startTime || stored.endTime !== workshop.endTime) {
    const next = { startTime: workshop.startTime, endTime: workshop.endTime }
    setStored(next)
    setTimes(next)
  }
  const { schedule, flush } = useAutosave<Times>((patch) => void edits.updateWorkshop(patch))

  const change = (field: keyof Times) => (event: { target: { value: string } }) => {
    const next = { ...times, [field]: event.target.value }
    setTimes(next)
    schedule(next)
  }
  const start = parseClockTime(times.startTime)
  const end = parseClockTime(times.endTime)
  const endError =
    start !== null && end !== null && end <= start
      ? t('prepare.settings.endBeforeStart')
      : undefined

  return (
    <section className="panel prepare-panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('prepare.settings.heading')}</h2>
      <div className="check-field">
        <input
          id="settings-anonymous"
          type="checkbox"
          className="check-field__box"
          checked={workshop.anonymous}
          aria-describedby="settings-anonymous-hint"
          onChange={(event) => void edits.updateWorkshop({ anonymous: event.target.checked })}
        />
        <div>
          <label className="check-field__label" htmlFor="settings-anonymous">
            {t('prepare.settings.anonymous')}
          </label>
          <p id="settings-anonymous-hint" className="field__hint">
            {t('prepare.settings.anonymousHint')}
          </p>
        </div>
      </div>
      <fieldset className="settings-times">
        <legend className="settings-times__legend">{t('prepare.settings.times')}</legend>
        <div className="details-fields__row">
          <TextField
            label={t('prepare.settings.startTime')}
            type="time"
            value={times.startTime}
            onChange={change('startTime')}
            onBlur={flush}
          />
          <TextField
            label={t('prepare.settings.endTime')}
            type="time"
            value={times.endTime}
            onChange={change('endTime')}
            onBlur={flush}
            error={endError}
          />
        </div>
      </fieldset>
    </section>
  )
}
