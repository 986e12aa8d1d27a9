// Renderer unit tests run in jsdom with an in-memory IndexedDB and the app's i18n.
import 'fake-indexeddb/auto'
import '../../../renderer/src/i18n'
