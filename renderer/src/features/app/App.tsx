/** Routes of the app. Hash-based, so the same build works from app://vantage/ and any server. */
import { useTranslation } from 'react-i18next'
import { Link, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { HomeScreen } from '../home/HomeScreen'
import { WorkshopScreen } from '../workshop/WorkshopScreen'
import { AppShell } from './AppShell'

function NotFound() {
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('app.notFound')}</h1>
      <Link href="/">{t('app.backHome')}</Link>
    </section>
  )
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <AppShell>
        <Switch>
          <Route path="/" component={HomeScreen} />
          <Route path="/workshops/:id">
            {(params) => <WorkshopScreen workshopId={params.id} />}
          </Route>
          <Route component={NotFound} />
        </Switch>
      </AppShell>
    </Router>
  )
}
