/**
 * Start-up: the language, then the database, opened only when no newer Vantage wrote it; then the app
 * over its services, or, for a newer Vantage's data, the one screen saying why it stays shut.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startLanguage } from './i18n/languageSetting'
import './ui/styles/index.css'
import { openUnlessNewer, requestPersistentStorage, VantageDatabase } from './db'
import { App } from './features/app/App'
import { preloadEveryScreen, preloadRoute, printedRequest } from './features/app/lazyScreens'
import { startRoute } from './features/app/useResumeLastRoute'
import { NewerDataScreen } from './features/app/NewerDataScreen'
import { createAppServices } from './store/appServices'
import { ServicesProvider } from './store/context'
import { preloadDialogs } from './ui/Dialog'

/** Long enough for the first screen to read and show its workshops undisturbed. */
const PRELOAD_DELAY_MS = 1_500

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const view = createRoot(root)

async function start(): Promise<void> {
  // The start route's screens load while the database opens, so the first render shows them;
  // the rest once the first screen has settled, so they are here before the facilitator goes there.
  const screens = preloadRoute(startRoute())
  // Dialogs are not part of any first screen, but a click can open one the moment it is drawn
  // (and the keys typed next belong in it), so their code comes alongside, never awaited.
  void preloadDialogs().catch(() => undefined)
  const printed = printedRequest(startRoute())
  // The first screen is drawn in the chosen language (German and French load on demand), or a
  // print in the language it asks for.
  const language = startLanguage(printed?.language ?? null)
  const db = new VantageDatabase()
  // Before any screen can query: the screens open the database with their first read, and a
  // newer Vantage's data must be neither read with this version's assumptions nor written.
  if ((await openUnlessNewer(db)) === 'newer') {
    await language
    view.render(
      <StrictMode>
        <NewerDataScreen />
      </StrictMode>,
    )
    return
  }
  // Opened, or failed for another reason: the screens then say their read failed, as before.
  const services = createAppServices(db)
  void requestPersistentStorage()
  if (printed?.workshopId) void services.workshop.actions.open(printed.workshopId)
  await Promise.all([screens, language])
  setTimeout(() => void preloadEveryScreen(), PRELOAD_DELAY_MS)
  view.render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  )
}

void start()
