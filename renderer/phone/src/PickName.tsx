/**
 * Joining as someone: pick your name from the list the laptop offers (names nobody else's phone
 * holds), or ask the facilitator to let you in under a name that is not there. In an anonymous
 * workshop there is no list: the phone shows its own label for the facilitator to let it in.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceView, PhoneInput } from '@shared/join/protocol'

interface Props {
  view: DeviceView
  input: PhoneInput
  write(input: PhoneInput): void
}

const NAME_MAX = 80

export function PickName({ view, input, write }: Props) {
  const { t } = useTranslation()
  const [typing, setTyping] = useState(false)
  const [name, setName] = useState('')

  if (view.anonymous) {
    return (
      <section className="phone__card" aria-labelledby="wait-heading">
        <h1 id="wait-heading">{t('phone.pick.waiting')}</h1>
        <p>{t('phone.pick.anonymous')}</p>
        <p className="phone__label">{view.deviceLabel}</p>
      </section>
    )
  }

  const ask = (event: FormEvent) => {
    event.preventDefault()
    const asked = name.trim().replace(/\s+/g, ' ')
    if (asked !== '') write({ ask: asked, claim: null })
  }

  return (
    <section className="phone__card" aria-labelledby="pick-heading">
      <h1 id="pick-heading">{t('phone.pick.heading')}</h1>
      <p className="phone__hint">{t('phone.pick.hint')}</p>
      {view.asked !== null && (
        <p className="phone__notice" role="status">
          {t('phone.pick.asked', { name: view.asked })}
        </p>
      )}
      {view.people.length > 0 && (
        <ul className="phone__names" aria-label={t('phone.pick.people')}>
          {view.people.map((person) => (
            <li key={person.participantId}>
              <button
                type="button"
                className="phone__name"
                aria-pressed={input.claim === person.participantId}
                onClick={() => write({ claim: person.participantId, ask: null })}
              >
                {person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {typing ? (
        <form className="phone__ask" onSubmit={ask}>
          <label htmlFor="ask-name">{t('phone.pick.name')}</label>
          <input
            id="ask-name"
            autoComplete="name"
            maxLength={NAME_MAX}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="phone__primary">
            {t('phone.pick.ask')}
          </button>
        </form>
      ) : (
        <button type="button" className="phone__quiet" onClick={() => setTyping(true)}>
          {t('phone.pick.notListed')}
        </button>
      )}
      <p className="phone__device">{t('phone.deviceLabel', { label: view.deviceLabel })}</p>
    </section>
  )
}
