/** Start-up: i18n, the database and its services, then the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import './ui/styles/theme.css'
import './ui/styles/components.css'
import './ui/styles/screens.css'
import { requestPersistentStorage, VantageDatabase } from './db'
import { App } from './features/app/App'
import { createAppServices } from './store/appServices'
import { ServicesProvider } from './store/context'

const services = createAppServices(new VantageDatabase())
void requestPersistentStorage()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
)
