/**
 * The presenter screen (`#/present/<workshopId>`): what the room sees on the projector, drawn
 * without the app's frame. It follows the facilitator live through the database and shows only
 * what roomView lets through, so hidden ratings, private notes and (when anonymous) names cannot
 * reach it. Nothing here can be clicked, focused or changed: there are no controls, and the
 * presenter never writes.
 */
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { presenterJoin, roomView, type RoomView } from '@shared/domain'
import { QrCode } from '../join/QrCode'
import { useNow } from '../../ui/useNow'
import { RoomClock } from './RoomClock'
import { RoomCompare } from './RoomCompare'
import { RoomMap } from './RoomMap'
import { PositionLine, RoomStepView } from './RoomStepView'
import { usePresenterWorkshop } from './usePresenterWorkshop'

/** The window's title, restored when the screen goes (tests and route changes share a window). */
function useDocumentTitle(title: string) {
  useEffect(() => {
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])
}

function TimerMode({ view }: { view: Extract<RoomView, { kind: 'timer' }> }) {
  const { t } = useTranslation()
  return (
    <div className="present-timer-mode">
      <header className="present-header">
        <div className="present-header__where">
          {view.lens && <PositionLine lens={view.lens} step={view.step} />}
          <h1 className="present-title">{view.lens?.title ?? view.title}</h1>
        </div>
      </header>
      {view.timer ? (
        <RoomClock timer={view.timer} size="huge" />
      ) : (
        <p className="present-message">{t('present.timer.noStep')}</p>
      )}
    </div>
  )
}

function Waiting({ title }: { title: string }) {
  const { t } = useTranslation()
  return (
    <div className="present-centre">
      <h1 className="present-title present-title--large">{title}</h1>
      <p className="present-message">{t('present.waiting')}</p>
    </div>
  )
}

function Room({ view }: { view: Exclude<RoomView, { kind: 'blank' }> }) {
  switch (view.kind) {
    case 'waiting':
      return <Waiting title={view.title} />
    case 'timer':
      return <TimerMode view={view} />
    case 'compare':
      return <RoomCompare view={view} />
    case 'map':
      return <RoomMap view={view} />
    case 'step':
      return <RoomStepView view={view} />
  }
}

export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation()
  const feed = usePresenterWorkshop(workshopId)
  // Every second, so the timer counts down even when nothing else changes.
  const now = useNow(1000)
  const live = feed.status === 'ready' ? feed.live : null
  const view = useMemo(
    () => (live ? roomView(live.snapshot, live.presenter, now) : null),
    [live, now],
  )
  useDocumentTitle(
    live
      ? t('present.documentTitle', { title: live.snapshot.workshop.title })
      : t('present.documentTitleNone'),
  )

  if (view?.kind === 'blank') {
    // Nothing but the dark screen: no text at all, only a name for assistive technology.
    return <main className="present present--blank" aria-label={t('present.blanked')} />
  }
  if (view) {
    const join = live ? presenterJoin(live.presenter) : null
    return (
      <main className={`present present--${view.kind}`}>
        <Room view={view} />
        {join && (
          <aside className="present-join" aria-label={t('present.join.label')}>
            <QrCode text={join.url} label={t('present.join.qr', { url: join.url })} />
            <p className="present-join__text">
              <span className="present-join__url">{join.url}</span>
              <span className="present-join__code">
                {t('present.join.code', { code: join.code })}
              </span>
            </p>
          </aside>
        )}
      </main>
    )
  }
  if (feed.status === 'loading') {
    return <main className="present" aria-label={t('present.loading')} aria-busy="true" />
  }
  return (
    <main className="present">
      <div className="present-centre">
        <h1 className="present-message">
          {feed.status === 'missing' ? t('present.missing') : t('present.failed')}
        </h1>
        {feed.status === 'missing' && <p className="present-hint">{t('present.missingHint')}</p>}
      </div>
    </main>
  )
}
