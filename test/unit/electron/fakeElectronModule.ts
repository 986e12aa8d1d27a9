/**
 * The `electron` module as main and the preload import it, every export read from the fake of
 * the moment, so one vi.mock line serves each test file (vi.mock only acts in the file that
 * calls it, so each file still says it):
 *
 *   vi.mock('electron', async () => (await import('../fakeElectronModule')).electronModule(() => electron.fake))
 */
const EXPORTS = [
  'app',
  'BrowserWindow',
  'contextBridge',
  'dialog',
  'ipcMain',
  'ipcRenderer',
  'Menu',
  'nativeTheme',
  'protocol',
  'screen',
  'session',
  'shell',
] as const

export function electronModule(fake: () => object): Record<string, unknown> {
  const module: Record<string, unknown> = {}
  for (const name of EXPORTS) {
    Object.defineProperty(module, name, {
      enumerable: true,
      get: () => (fake() as Record<string, unknown>)[name],
    })
  }
  return module
}
