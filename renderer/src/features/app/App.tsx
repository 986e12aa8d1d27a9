/** Routes of the app. Hash-based, so the same build works from app://vantage/ and any server. */
import { useTranslation } from 'react-i18next'
import { Link, Route, Router, Switch } from 'wouter'
import { decodeRouteId, PRESENTER_ROUTE } from '@shared/ipc/routeIds'
import { useHashLocation } from 'wouter/use-hash-location'
import { CommitScreen } from '../commit/CommitScreen'
import { isCommitView } from '../commit/commitViews'
import { CompareScreen } from '../compare/CompareScreen'
import { isCompareView } from '../compare/compareViews'
import { FacilitateScreen } from '../facilitate/shell/FacilitateScreen'
import { BackupsScreen } from '../files/BackupsScreen'
import { FileImports } from '../files/FileImports'
import { HomeScreen } from '../home/HomeScreen'
import { PreparePage } from '../prepare/PreparePage'
import { MapScreen } from '../teammap/MapScreen'
import { isMapView } from '../teammap/mapViews'
import { PresenterScreen } from '../present/PresenterScreen'
import { PrintScreen } from '../report/PrintScreen'
import { TemplateEditorScreen } from '../templates/TemplateEditorScreen'
import { TemplatesScreen } from '../templates/TemplatesScreen'
import { WorkshopLayout } from '../workshop/WorkshopLayout'
import { AppShell } from './AppShell'
import { AppCommands } from './commands/AppCommands'
import { useResumeLastRoute } from './useResumeLastRoute'

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
  )
}

export function App() {
  return (
    <Router hook={useHashLocation}>
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
    </Router>
  )
}
