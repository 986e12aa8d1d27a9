/**
 * The join panel: before joining, the network to open it on (the likeliest first, named
 * plainly); while joining, the QR code, the address and the join code to read out, the phones
 * and who they rate for, how many connections were refused, and the switch to stop.
 */
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { JoinDevices } from './JoinDevices'
import { useJoinState } from './JoinProvider'
import type { JoinHost } from './joinHost'
import { ProjectorJoinToggle } from './ProjectorJoin'
import { QrCode } from './QrCode'
import { useSession } from '../../store/context'

interface Props {
  host: JoinHost
  open: boolean
  onOpenChange(open: boolean): void
}

export function JoinDialog({ host, open, onOpenChange }: Props) {
  const { t } = useTranslation()
  const phase = useJoinState(host, (s) => s.phase)
  const problem = useJoinState(host, (s) => s.problem)
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('join.title')}
      description={t('join.description')}
      wide
    >
      {phase === 'on' ? <Running host={host} /> : <Start host={host} open={open} />}
      {problem && (
        <p className="form-failure" role="alert">
          {t('join.failed', { reason: problem })}
        </p>
      )}
      <div className="dialog__actions">
        <Button variant="quiet" onClick={() => onOpenChange(false)}>
          {t('join.close')}
        </Button>
      </div>
    </Dialog>
  )
}

function Start({ host, open }: { host: JoinHost; open: boolean }) {
  const { t } = useTranslation()
  const selectId = useId()
  const hintId = useId()
  const adapters = useJoinState(host, (s) => s.adapters)
  const starting = useJoinState(host, (s) => s.phase === 'starting')
  const [chosen, setChosen] = useState('')
  useEffect(() => {
    if (open) void host.loadAdapters()
  }, [host, open])
  if (adapters === null) return null
  if (adapters.length === 0) {
    return (
      <div className="join-start">
        <p>{t('join.noAdapters')}</p>
        <Button onClick={() => void host.loadAdapters()}>{t('join.refreshAdapters')}</Button>
      </div>
    )
  }
  const adapterId = adapters.some((a) => a.id === chosen) ? chosen : (adapters[0]?.id ?? '')
  return (
    <form
      className="join-start"
      onSubmit={(event) => {
        event.preventDefault()
        void host.start(adapterId)
      }}
    >
      <label htmlFor={selectId}>{t('join.network')}</label>
      <select
        id={selectId}
        aria-describedby={hintId}
        value={adapterId}
        onChange={(event) => setChosen(event.target.value)}
      >
        {adapters.map((adapter) => (
          <option key={adapter.id} value={adapter.id}>
            {t('join.adapter', {
              kind: t(`join.kinds.${adapter.kind}`),
              name: adapter.name,
              address: adapter.address,
            })}
          </option>
        ))}
      </select>
      <p id={hintId} className="field-hint">
        {t('join.networkHint')}
      </p>
      <Button type="submit" variant="primary" disabled={starting}>
        {starting ? t('join.starting') : t('join.start')}
      </Button>
    </form>
  )
}

function Running({ host }: { host: JoinHost }) {
  const { t } = useTranslation()
  const session = useJoinState(host, (s) => s.session)
  const refused = useJoinState(host, (s) => s.refused)
  const workshopId = useSession((s) => s.data?.workshop.id)
  if (session === null) return null
  return (
    <div className="join-running">
      <div className="join-running__main">
        <div className="join-running__where">
          <QrCode text={session.url} label={t('join.qr', { url: session.url })} />
          <dl className="join-running__address">
            <dt>{t('join.address')}</dt>
            <dd className="join-running__url">{session.url}</dd>
            <dt>{t('join.code')}</dt>
            <dd className="join-running__code">{session.code}</dd>
          </dl>
        </div>
        {workshopId && <ProjectorJoinToggle workshopId={workshopId} session={session} />}
        <p role="status" className="join-running__refused">
          {t('join.refused', { count: refused })}
        </p>
        <Button variant="secondary" onClick={() => void host.stop()}>
          {t('join.stop')}
        </Button>
      </div>
      <JoinDevices host={host} />
    </div>
  )
}
