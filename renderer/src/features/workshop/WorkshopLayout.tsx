/**
 * The frame of an open workshop: loads it whole, names it, and offers its parts as tabs
 * (prepare, run, compare, map, commit). Each part reads the open workshop from the session store.
 */
import { Suspense, useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { useSession, useSessionActions } from '../../store/context'
import { commitHref } from '../commit/commitViews'
import { compareHref } from '../compare/compareViews'
import { mapHref } from '../teammap/mapViews'
import { WorkshopFileActions } from '../files/WorkshopFileActions'
import { JoinControls } from '../join/JoinControls'
import { JoinProvider } from '../join/JoinProvider'
import { PresenterControls } from './PresenterControls'

export type WorkshopTab = 'prepare' | 'run' | 'compare' | 'map' | 'commit'

export interface WorkshopLayoutProps {
  workshopId: string
  tab: WorkshopTab
  children: ReactNode
}

export function WorkshopLayout({ workshopId, tab, children }: WorkshopLayoutProps) {
  const { t } = useTranslation()
  const actions = useSessionActions()
  const status = useSession((s) => s.status)
  const loadedId = useSession((s) => s.data?.workshop.id)
  const title = useSession((s) => s.data?.workshop.title)

  useEffect(() => {
    void actions.open(workshopId)
  }, [actions, workshopId])

  if (status === 'missing' || status === 'failed') {
    return (
      <section className="workshop">
        <h1>{status === 'missing' ? t('workshop.notFound') : t('app.loadFailed')}</h1>
        <Link href="/">{t('app.backHome')}</Link>
      </section>
    )
  }
  if (loadedId !== workshopId) return <p className="workshop__loading">{t('workshop.loading')}</p>

  const tabs: { id: WorkshopTab; href: string }[] = [
    { id: 'prepare', href: `/workshops/${workshopId}` },
    { id: 'run', href: `/workshops/${workshopId}/run` },
    { id: 'compare', href: compareHref(workshopId) },
    { id: 'map', href: mapHref(workshopId) },
    { id: 'commit', href: commitHref(workshopId) },
  ]

  return (
    <JoinProvider>
      <section className={`workshop workshop--${tab}`} aria-labelledby="workshop-title">
        <div className="workshop__header">
          <nav className="breadcrumb" aria-label={t('app.breadcrumb')}>
            <Link href="/">{t('app.backHome')}</Link>
          </nav>
          <div className="workshop__title-row">
            <h1 id="workshop-title">{title}</h1>
            <WorkshopFileActions workshopId={workshopId} title={title ?? ''} />
          </div>
          <div className="workshop__tabs-row">
            <nav className="tabs" aria-label={t('workshop.sections')}>
              {tabs.map((item) => (
                <Link
                  key={item.id}
                  href={item.href}
                  className="tabs__tab"
                  aria-current={item.id === tab ? 'page' : undefined}
                >
                  {t(`workshop.tabs.${item.id}`)}
                </Link>
              ))}
            </nav>
            <JoinControls />
            <PresenterControls workshopId={workshopId} />
          </div>
        </div>
        {/* A part opened for the first time loads its code; the header above stays where it is. */}
        <Suspense fallback={<p className="workshop__loading">{t('workshop.loading')}</p>}>
          {children}
        </Suspense>
      </section>
    </JoinProvider>
  )
}
