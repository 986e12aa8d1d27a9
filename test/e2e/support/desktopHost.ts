/**
 * The desktop app's main process, stood in for inside the browser: before the page loads, a
 * `window.vantage` with every method of the preload API is put in place, so the page runs as the
 * desktop app does (platform `desktop`) in real Chromium. Main's side is played from the test:
 * a menu item chosen, a file handed over by the OS, a quit; and what the page asked of main is
 * read back (the menu state, saved files, backups, its word before a quit).
 */
import type { Page } from '@playwright/test'
import type {
  AppCommand,
  BackupEntry,
  MenuState,
  VantageApi,
  WaitingFile,
  WaitingFileKind,
} from '../../../shared/ipc'

/** What the stand-in keeps on `window.__desktopHost`, readable from the test. */
interface HostRecord {
  menuStates: MenuState[]
  /** Each language the page told main it speaks, in order. */
  languages: string[]
  saved: { kind: 'session' | 'csv' | 'template'; suggestedName: string; contents: string }[]
  backups: BackupEntry[]
  backupContents: Record<string, string>
  quitReady: number
  fire(command: AppCommand): void
  handOver(file: WaitingFile): void
  prepareToQuit(): void
}

declare global {
  interface Window {
    __desktopHost?: HostRecord
  }
}

export const DESKTOP_INFO = {
  name: 'Vantage',
  version: '1.0.0-e2e',
  platform: 'linux',
  dataFolder: '/home/ada/.config/Vantage',
}

/** Runs in the page before any of its scripts; it may use nothing from outside itself. */
function installHost(info: typeof DESKTOP_INFO): void {
  const ok = async <T>(value: T) => ({ ok: true as const, value })
  const listeners = {
    menu: new Set<(command: AppCommand) => void>(),
    waiting: new Set<() => void>(),
    quit: new Set<() => void>(),
  }
  const subscribe =
    <L>(set: Set<L>) =>
    (listener: L) => {
      set.add(listener)
      return () => void set.delete(listener)
    }
  const queue: WaitingFile[] = []
  let presenterOpen = false
  const host: HostRecord = {
    menuStates: [],
    languages: [],
    saved: [],
    backups: [],
    backupContents: {},
    quitReady: 0,
    fire: (command) => listeners.menu.forEach((listener) => listener(command)),
    handOver(file) {
      queue.push(file)
      listeners.waiting.forEach((listener) => listener())
    },
    prepareToQuit: () => listeners.quit.forEach((listener) => listener()),
  }
  const api: VantageApi = {
    appInfo: () => ok(info),
    sessionSave: ({ suggestedName, contents }) => {
      host.saved.push({ kind: 'session', suggestedName, contents })
      return ok({ saved: true, fileName: suggestedName })
    },
    sessionOpen: () => ok({ opened: false as const }),
    csvSave: ({ suggestedName, contents }) => {
      host.saved.push({ kind: 'csv', suggestedName, contents })
      return ok({ saved: true, fileName: suggestedName })
    },
    templateSave: ({ suggestedName, contents }) => {
      host.saved.push({ kind: 'template', suggestedName, contents })
      return ok({ saved: true, fileName: suggestedName })
    },
    templateOpen: () => ok({ opened: false as const }),
    reportExportPdf: () => ok({ saved: false }),
    backupWrite: ({ workshopId, title, contents }) => {
      const entry = {
        id: `${workshopId}--${host.backups.length}.vantage`,
        workshopId,
        title,
        savedAt: new Date().toISOString(),
        size: contents.length,
      }
      host.backups.push(entry)
      host.backupContents[entry.id] = contents
      return ok(entry)
    },
    backupList: () => ok([...host.backups].reverse()),
    backupRead: ({ id }) => ok({ contents: host.backupContents[id] ?? '' }),
    presenterOpen: () => {
      presenterOpen = true
      return ok(undefined)
    },
    presenterClose: () => {
      presenterOpen = false
      return ok(undefined)
    },
    presenterIsOpen: () => ok(presenterOpen),
    menuSetState: (state) => {
      host.menuStates.push(state)
      return ok(undefined)
    },
    appSetLanguage: ({ language }) => {
      host.languages.push(language)
      return ok(undefined)
    },
    sessionTakeWaiting: () => ok(queue.shift() ?? { kind: 'none' as const }),
    appQuitReady: () => {
      host.quitReady += 1
      return ok(undefined)
    },
    onMenuCommand: subscribe(listeners.menu),
    onSessionFileWaiting: subscribe(listeners.waiting),
    onPrepareToQuit: subscribe(listeners.quit),
    // The room's phones are tested against the real join server (join.spec.ts), not here.
    joinAdapters: () => ok([]),
    joinStart: async () => ({
      ok: false as const,
      error: { code: 'failed' as const, message: 'No network here.' },
    }),
    joinStop: () => ok(undefined),
    joinStatus: () => ok({ session: null, devices: [], inputs: [], refused: 0 }),
    joinSetViews: () => ok(undefined),
    onJoinEvent: () => () => {},
  }
  window.vantage = api
  window.__desktopHost = host
}

/** Main's side of the desktop app, for one page. */
export class DesktopHost {
  private constructor(readonly page: Page) {}

  /** Puts the stand-in in place for every page load that follows; call before `goto`. */
  static async install(page: Page): Promise<DesktopHost> {
    await page.addInitScript(installHost, DESKTOP_INFO)
    return new DesktopHost(page)
  }

  /** The facilitator chooses a menu item (or presses its accelerator). */
  async choose(command: AppCommand): Promise<void> {
    await this.page.evaluate((c) => window.__desktopHost?.fire(c), command)
  }

  /**
   * The OS hands Vantage a session or template file (a double-click, or a second launch), its
   * kind told by its extension as main tells it.
   */
  async handOver(fileName: string, contents: string): Promise<void> {
    const fileKind: WaitingFileKind = fileName.toLowerCase().endsWith('.vantage-template')
      ? 'template'
      : 'session'
    await this.page.evaluate((file) => window.__desktopHost?.handOver(file), {
      kind: 'file' as const,
      fileKind,
      fileName,
      contents,
    })
  }

  /** The window is about to close: main asks the page, and waits for its word. */
  async quit(): Promise<void> {
    const before = await this.page.evaluate(() => window.__desktopHost?.quitReady ?? 0)
    await this.page.evaluate(() => window.__desktopHost?.prepareToQuit())
    await this.page.waitForFunction(
      (count) => (window.__desktopHost?.quitReady ?? 0) > count,
      before,
    )
  }

  /** The last menu state the page reported. */
  lastMenuState(): Promise<MenuState | undefined> {
    return this.page.evaluate(() => window.__desktopHost?.menuStates.at(-1))
  }

  /** The files the page asked main to save, in order. */
  saved(): Promise<HostRecord['saved']> {
    return this.page.evaluate(() => window.__desktopHost?.saved ?? [])
  }

  /** The text of every backup written, oldest first. */
  backups(): Promise<string[]> {
    return this.page.evaluate(() => {
      const host = window.__desktopHost
      return host ? host.backups.map((b) => host.backupContents[b.id] ?? '') : []
    })
  }
}
