/**
 * The phones that joined: each one's label, who it rates for, whether it is connected and has
 * rated the open step; and letting a waiting phone in, under the name it asked for or as
 * someone on the list (the only way in an anonymous workshop, where phones see no names).
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { openRating } from '@shared/join'
import { useSession } from '../../store/context'
import { Button } from '../../ui/Button'
import { useJoinState } from './JoinProvider'
import type { JoinDevice, JoinHost } from './joinHost'

export function JoinDevices({ host }: { host: JoinHost }) {
  const { t } = useTranslation()
  const devices = useJoinState(host, (s) => s.devices)
  const headingId = useId()
  return (
    <section className="join-devices" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('join.devices')}</h3>
      {devices.length === 0 ? (
        <p>{t('join.noDevices')}</p>
      ) : (
        <ul className="join-devices__list">
          {devices.map((device) => (
            <DeviceItem key={device.deviceId} host={host} device={device} />
          ))}
        </ul>
      )}
    </section>
  )
}

function DeviceItem({ host, device }: { host: JoinHost; device: JoinDevice }) {
  const { t } = useTranslation()
  const data = useSession((s) => s.data)
  const devices = useJoinState(host, (s) => s.devices)
  const selectId = useId()
  const [chosen, setChosen] = useState('')
  if (!data) return null
  const person = data.participants.find((p) => p.id === device.participantId)
  const open = openRating(data)
  const rated =
    person !== undefined &&
    open !== null &&
    data.ratings.some(
      (r) => r.participantId === person.id && r.lensId === open.lensId && r.state === open.state,
    )
  const held = new Set(devices.flatMap((d) => (d.participantId ? [d.participantId] : [])))
  const free = [...data.participants]
    .sort((a, b) => a.order - b.order)
    .filter((p) => !held.has(p.id))
  const label = t('join.device', { label: device.deviceId })
  const facts = [
    device.connected ? t('join.online') : t('join.offline'),
    person
      ? open
        ? t(rated ? 'join.ratedNow' : 'join.notRatedNow')
        : null
      : t('join.waitingPhone'),
    !person && device.asked ? t('join.asksAs', { name: device.asked }) : null,
  ].filter((fact) => fact !== null)

  return (
    <li className="join-devices__item">
      <p>
        <strong>{label}</strong>
        {person && <> · {person.name}</>} · {facts.join(' · ')}
      </p>
      {person ? (
        <Button variant="quiet" onClick={() => host.release(device.deviceId)}>
          {t('join.release')}
        </Button>
      ) : (
        <div className="join-devices__admit">
          {device.asked && (
            <Button onClick={() => void host.admitAsked(device.deviceId)}>
              {t('join.admit', { name: device.asked })}
            </Button>
          )}
          {free.length > 0 && (
            <>
              <label htmlFor={selectId}>{t('join.assign', { label: device.deviceId })}</label>
              <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t('join.assignChoose')}</option>
                {free.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <Button disabled={chosen === ''} onClick={() => host.admit(device.deviceId, chosen)}>
                {t('join.assignButton')}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  )
}
