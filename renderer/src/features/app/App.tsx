/** Routes of the app. Hash-based, so the same build works from app://vantage/ and any server. */
import { Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Route, Router, Switch } from 'wouter'
import { decodeRouteId, PRESENTER_ROUTE } from '@shared/ipc/routeIds'
import { useHashLocation } from 'wouter/use-hash-location'
import { isCommitView } from '../commit/commitViews'
import { isCompareView } from '../compare/compareViews'
import { FileImports } from '../files/FileImports'
import { HomeScreen } from '../home/HomeScreen'
import { isMapView } from '../teammap/mapViews'
import { AppShell } from './AppShell'
import { AppCommands } from './commands/AppCommands'
import {
  BackupsScreen,
  CommitScreen,
  CompareScreen,
  FacilitateScreen,
  MapScreen,
  PreparePage,
  PresenterScreen,
  PrintScreen,
  TemplateEditorScreen,
  TemplatesScreen,
  WorkshopLayout,
} from './lazyScreens'
import { useResumeLastRoute } from './useResumeLastRoute'

/** While a screen's code arrives from disk (the first visit only): nothing to read yet. */
function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<div className="screen-loading" aria-busy="true" />}>{children}</Suspense>
  )
}

function NotFound() {
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <Link href="/">{t('app.backHome')}</Link>
    </section>
  )
}

function Routes() {
  useResumeLastRoute()
  return (
    <Loading>
      <Switch>
        <Route path="/" component={HomeScreen} />
        <Route path="/backups" component={BackupsScreen} />
        <Route path="/templates" component={TemplatesScreen} />
        <Route path="/templates/:id">
          {(params) => <TemplateEditorScreen templateId={params.id} />}
        </Route>
        <Route path="/workshops/:id">
          {(params) => (
            <WorkshopLayout workshopId={params.id} tab="prepare">
              <PreparePage />
            </WorkshopLayout>
          )}
        </Route>
        <Route path="/workshops/:id/run">
          {(params) => (
            <WorkshopLayout workshopId={params.id} tab="run">
              <FacilitateScreen />
            </WorkshopLayout>
          )}
        </Route>
        <Route path="/workshops/:id/compare/:view?">
          {(params) =>
            params.view === undefined || isCompareView(params.view) ? (
              <WorkshopLayout workshopId={params.id} tab="compare">
                <CompareScreen view={params.view ?? 'radar'} />
              </WorkshopLayout>
            ) : (
              <NotFound />
            )
          }
        </Route>
        <Route path="/workshops/:id/map/:view?">
          {(params) =>
            params.view === undefined || isMapView(params.view) ? (
              <WorkshopLayout workshopId={params.id} tab="map">
                <MapScreen view={params.view ?? 'today'} />
              </WorkshopLayout>
            ) : (
              <NotFound />
            )
          }
        </Route>
        <Route path="/workshops/:id/commit/:view?">
          {(params) =>
            params.view === undefined || isCommitView(params.view) ? (
              <WorkshopLayout workshopId={params.id} tab="commit">
                <CommitScreen view={params.view} />
              </WorkshopLayout>
            ) : (
              <NotFound />
            )
          }
        </Route>
        <Route component={NotFound} />
      </Switch>
    </Loading>
  )
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Loading>
        <Switch>
          {/* The print layout stands alone: no app bar, no footer, nothing but the report. */}
          <Route path="/print/:id">{(params) => <PrintScreen routeId={params.id} />}</Route>
          {/* The projector's screen: only what the room may see, nothing to click. A segment that
            routeIds.ts did not make names no workshop, and the screen says it is missing. */}
          <Route path={PRESENTER_ROUTE}>
            {(params) => <PresenterScreen workshopId={decodeRouteId(params.id) ?? ''} />}
          </Route>
          <Route>
            <AppShell>
              <FileImports>
                <Routes />
                <AppCommands />
              </FileImports>
            </AppShell>
          </Route>
        </Switch>
      </Loading>
    </Router>
  )
}
