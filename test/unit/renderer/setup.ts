// Renderer unit tests run in happy-dom with an in-memory IndexedDB and the app's i18n.
import 'fake-indexeddb/auto'
import { loadLaterWords } from '../../../renderer/src/i18n'
import { preloadDialogs } from '../../../renderer/src/ui/Dialog'

// The app loads the open dialogs' code just after its first screen; tests open dialogs at once.
await preloadDialogs()
// The app loads the later screens' words with their code; tests draw those screens directly.
await loadLaterWords()
