/**
 * What the phone shows, from what the laptop lets it see: connecting, picking a name (or waiting
 * to be let in), waiting for the rating to open, rating, and the end. It follows the facilitator's
 * step live, since the view changes under it as they move.
 */
import { useEffect, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { Connection } from './connection'
import { PickName } from './PickName'
import { RateForm } from './RateForm'

export function App({ connection }: { connection: Connection | null }) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = t('phone.title')
  }, [t])
  if (connection === null) {
    return (
      <main className="phone">
        <p role="alert">{t('phone.failed')}</p>
      </main>
    )
  }
  return <Joined connection={connection} />
}

function Joined({ connection }: { connection: Connection }) {
  const { t } = useTranslation()
  const { status, view, input } = useSyncExternalStore(connection.subscribe, connection.getState)

  let body
  if (status === 'ended') body = <p className="phone__notice">{t('phone.ended')}</p>
  else if (status === 'replaced') body = <p className="phone__notice">{t('phone.replaced')}</p>
  else if (view === undefined) body = <p className="phone__notice">{t('phone.connecting')}</p>
  else if (view.me === null) body = <PickName view={view} input={input} write={connection.write} />
  else if (view.step.kind === 'rate') {
    body = (
      <RateForm
        key={`${view.step.lens.lensId}:${view.step.state}`}
        step={view.step}
        sent={view.sent}
        withdrawn={view.withdrawn}
        input={input}
        write={connection.write}
      />
    )
  } else body = <p className="phone__notice">{t('phone.wait')}</p>

  return (
    <main className="phone">
      <header className="phone__header">
        {view && <p className="phone__workshop">{view.workshopTitle}</p>}
        {view?.me && (
          <p className="phone__me">
            {view.me.name === null
              ? t('phone.joined')
              : t('phone.joinedAs', { name: view.me.name })}
          </p>
        )}
      </header>
      <p className="phone__status" role="status">
        {status === 'offline' ? t('phone.offline') : ''}
      </p>
      {body}
    </main>
  )
}
