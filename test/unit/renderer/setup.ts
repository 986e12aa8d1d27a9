// Renderer unit tests run in happy-dom with an in-memory IndexedDB and the app's i18n.
import 'fake-indexeddb/auto'
import '../../../renderer/src/i18n'
