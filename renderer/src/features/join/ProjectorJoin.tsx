/**
 * Showing the join address on the projector, if the facilitator chooses: written into the
 * presenter's display state (like blanking, not an edit of the workshop), and taken off again
 * whenever joining is off, so the projector never shows a code that no longer works.
 */
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JoinSessionInfo } from '@shared/join'
import { useServices } from '../../store/context'
import type { JoinHost } from './joinHost'

/** Takes the join address off the projector each time joining is off (and at first, if stale). */
export function useProjectorJoinCleared(host: JoinHost | null, workshopId: string | undefined) {
  const { repositories } = useServices()
  useEffect(() => {
    if (host === null || workshopId === undefined) return
    const clear = () => {
      void repositories.presenter.get(workshopId).then((state) => {
        if (state.join) void repositories.presenter.update(workshopId, { join: null })
      })
    }
    if (host.store.getState().phase === 'off') clear()
    return host.store.subscribe((state, before) => {
      if (state.phase === 'off' && before.phase !== 'off') clear()
    })
  }, [host, repositories, workshopId])
}

export function ProjectorJoinToggle({
  workshopId,
  session,
}: {
  workshopId: string
  session: JoinSessionInfo
}) {
  const { t } = useTranslation()
  const { repositories, saveStatus } = useServices()
  const id = useId()
  const [shown, setShown] = useState(false)
  useEffect(() => {
    let stopped = false
    void repositories.presenter.get(workshopId).then((state) => {
      if (!stopped) setShown(state.join?.url === session.url)
    })
    return () => {
      stopped = true
    }
  }, [repositories, workshopId, session.url])

  const toggle = (show: boolean) => {
    setShown(show)
    void saveStatus.track(() =>
      repositories.presenter.update(workshopId, {
        join: show ? { url: session.url, code: session.code } : null,
      }),
    )
  }
  return (
    <div className="join-running__projector">
      <input
        id={id}
        type="checkbox"
        checked={shown}
        onChange={(event) => toggle(event.target.checked)}
      />
      <label htmlFor={id}>{t('join.onPresenter')}</label>
    </div>
  )
}
