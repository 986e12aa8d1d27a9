/** Routes of the app. Hash-based, so the same build works from app://vantage/ and any server. */
import { useTranslation } from 'react-i18next'
import { Link, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { FacilitateScreen } from '../facilitate/shell/FacilitateScreen'
import { HomeScreen } from '../home/HomeScreen'
import { PreparePage } from '../prepare/PreparePage'
import { WorkshopLayout } from '../workshop/WorkshopLayout'
import { AppShell } from './AppShell'
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
      <Route component={NotFound} />
    </Switch>
  )
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <AppShell>
        <Routes />
      </AppShell>
    </Router>
  )
}
