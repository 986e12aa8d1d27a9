/**
 * The home screen and the template library as the app routes them, for tests of what reaches the
 * library from outside it (a menu command, a file the OS hands over).
 */
import { Route, Switch } from 'wouter'
import { TemplatesScreen } from '../../../../../renderer/src/features/templates/TemplatesScreen'
import type { AppServices } from '../../../../../renderer/src/store/appServices'
import { renderWithServices } from '../../render'

export function renderLibraryRoutes(services: AppServices, path = '/') {
  return renderWithServices(
    <Switch>
      <Route path="/templates" component={TemplatesScreen} />
      <Route>
        <h1>Home</h1>
      </Route>
    </Switch>,
    services,
    path,
  )
}
