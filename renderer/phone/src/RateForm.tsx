/**
 * Rating the step the facilitator has open: the lens, its question, the five levels with the
 * same descriptions the room sees, "unsure", an optional note, and Send. "Sent" is said only
 * once the laptop has stored this phone's rating and echoed it back; until then the rating waits
 * in this phone's document and goes out when the line is there.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RatingValue } from '@shared/domain/rating'
import type { DeviceView, PhoneInput } from '@shared/join/protocol'

type RateStep = Extract<DeviceView['step'], { kind: 'rate' }>

interface Props {
  step: RateStep
  sent: DeviceView['sent']
  withdrawn: boolean
  input: PhoneInput
  write(input: PhoneInput): void
}

const NOTE_MAX = 2000

export function RateForm({ step, sent, withdrawn, input, write }: Props) {
  const { t } = useTranslation()
  const { lens, state } = step
  const mine =
    input.rating && input.rating.lensId === lens.lensId && input.rating.state === state
      ? input.rating
      : null
  const [value, setValue] = useState<RatingValue | null>(mine?.value ?? null)
  const [note, setNote] = useState(mine?.note ?? '')
  const [tried, setTried] = useState(false)

  const changed = mine === null || mine.value !== value || mine.note !== note.trim()
  const isSent = mine !== null && sent !== null && sent.value === mine.value && !changed

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setTried(true)
    if (value === null) return
    const seq = (input.rating?.seq ?? 0) + 1
    write({ rating: { lensId: lens.lensId, state, value, note: note.trim(), seq } })
  }

  const choices: { value: RatingValue; label: string; description: string }[] = [
    ...lens.scale.map((level) => ({
      value: level.level,
      label: `${level.level} · ${level.label}`,
      description: level.description,
    })),
    {
      value: 'unsure',
      label: t('phone.rate.unsure'),
      description: t('phone.rate.unsureDescription'),
    },
  ]

  let status: string = t('phone.rate.notSent')
  if (isSent) status = t('phone.rate.sent')
  else if (mine !== null && !changed && withdrawn) status = t('phone.rate.withdrawn')
  else if (mine !== null && !changed) status = t('phone.rate.sending')
  else if (tried && value === null) status = t('phone.rate.chooseFirst')

  return (
    <form className="phone__card phone__rate" onSubmit={submit} aria-labelledby="rate-heading">
      <p className="phone__lens">
        {t('phone.rate.lens', { number: lens.number, count: lens.count })} · {lens.title}
      </p>
      <h1 id="rate-heading">{t(`phone.rate.heading.${state}`)}</h1>
      <p className="phone__question">{lens.coreQuestion}</p>
      <fieldset className="phone__levels">
        <legend>{t('phone.rate.levels')}</legend>
        {choices.map((choice) => (
          <label key={String(choice.value)} className="phone__level">
            <input
              type="radio"
              name="level"
              checked={value === choice.value}
              onChange={() => setValue(choice.value)}
            />
            <span className="phone__level-text">
              <strong>{choice.label}</strong>
              <span>{choice.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="rate-note" className="phone__note-label">
        {t('phone.rate.note')}
      </label>
      <textarea
        id="rate-note"
        aria-describedby="rate-note-hint"
        maxLength={NOTE_MAX}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <p id="rate-note-hint" className="phone__hint">
        {t('phone.rate.noteHint')}
      </p>
      <button type="submit" className="phone__primary">
        {mine === null || (withdrawn && !changed) ? t('phone.rate.send') : t('phone.rate.update')}
      </button>
      <p className={isSent ? 'phone__sent' : 'phone__hint'} role="status">
        {status}
      </p>
    </form>
  )
}
