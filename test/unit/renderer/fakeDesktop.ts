/**
 * The desktop app's side of the platform, faked for renderer tests: the menu's commands, the
 * files the OS hands over and the quit can be fired as main would, and what the page told main
 * (menu states, quit words) is recorded. `installDesktop` puts it on the real platform object for
 * one test and gives the browser platform back afterwards.
 */
import { afterEach, beforeEach, vi } from 'vitest'
import type { AppCommand, MenuState, WaitingFile } from '@shared/ipc'
import { platform } from '../../../renderer/src/platform'
import type { PlatformBackups, PlatformDesktop } from '../../../renderer/src/platform/types'

export interface FakeDesktop extends PlatformDesktop {
  /** Every state the page reported, oldest first. */
  readonly menuStates: MenuState[]
  /** Each language the page told main it speaks, in order. */
  readonly languages: string[]
  /** Files waiting to be taken, oldest first. */
  readonly waiting: WaitingFile[]
  /** Main's side: a menu item chosen. */
  command(command: AppCommand): void
  /** Main's side: a file handed over by the OS, announced to the page. */
  handOver(file: WaitingFile): void
  /** Main's side: the window is about to close; resolves once the page's preparation settled. */
  quit(): Promise<void>
}

export function fakeDesktop(): FakeDesktop {
  const commandListeners = new Set<(command: AppCommand) => void>()
  const waitingListeners = new Set<() => void>()
  const prepares = new Set<() => Promise<void>>()
  const subscribe =
    <L>(set: Set<L>) =>
    (listener: L) => {
      set.add(listener)
      return () => void set.delete(listener)
    }
  const desktop: FakeDesktop = {
    menuStates: [],
    languages: [],
    waiting: [],
    onCommand: subscribe(commandListeners),
    onFileWaiting: subscribe(waitingListeners),
    onPrepareToQuit: subscribe(prepares),
    setMenuState: async (state) => void desktop.menuStates.push(state),
    setLanguage: async (language) => void desktop.languages.push(language),
    takeWaitingFile: async () => desktop.waiting.shift() ?? { kind: 'none' },
    command: (command) => commandListeners.forEach((listener) => listener(command)),
    handOver(file) {
      desktop.waiting.push(file)
      waitingListeners.forEach((listener) => listener())
    },
    async quit() {
      await Promise.all([...prepares].map((prepare) => prepare()))
    },
  }
  return desktop
}

/** Backups kept in memory, in the order they were written. */
export function memoryBackups(): PlatformBackups & {
  written: { title: string; contents: string }[]
} {
  const written: { title: string; contents: string }[] = []
  return {
    written,
    write: vi.fn(async (workshopId: string, title: string, contents: string) => {
      written.push({ title, contents })
      return { id: `${workshopId}--x.vantage`, workshopId, title, savedAt: '', size: 1 }
    }),
    list: async () => [],
    read: async () => '',
  }
}

/**
 * Makes the platform a desktop one during each test of the calling file (call once at the top),
 * and the browser one again after it, since test files share their modules.
 */
export function installDesktop() {
  let desktop = fakeDesktop()
  let backups = memoryBackups()
  const original = { kind: platform.kind, desktop: platform.desktop, backups: platform.backups }
  beforeEach(() => {
    desktop = fakeDesktop()
    backups = memoryBackups()
    Object.assign(platform, { kind: 'desktop', desktop, backups })
  })
  afterEach(() => {
    Object.assign(platform, original)
  })
  return {
    get desktop() {
      return desktop
    },
    get backups() {
      return backups
    },
  }
}
