/**
 * Hand-made stand-ins for the parts of Electron that main and the preload touch, since the real
 * binary never runs here. They keep one shared call log and throw where Electron throws (scheme
 * privileges after ready, protocol handlers before it, a destroyed window), so order mistakes
 * fail the tests. Closing a window and quitting go as in Electron: 'close' and 'before-quit'
 * can be prevented, and app.quit() closes every window, giving up when one refuses.
 */
import { vi } from 'vitest'
import { createFakeMenu } from './fakeElectronMenu'

type Listener = (...args: unknown[]) => unknown

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>()

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }

  once(event: string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapper),
      )
      return listener(...args)
    }
    return this.on(event, wrapper)
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    )
    return this
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

/** An Electron-style event whose preventDefault can be observed. */
export function fakeEvent<T extends object>(
  fields: T,
): T & {
  preventDefault: () => void
  defaultPrevented: boolean
} {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

type WindowOpenHandler = (details: { url: string }) => { action: string }

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | null = null
  crashed = false
  /** Main's messages to this page (webContents.send), as [channel, ...args]. */
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {})

  /** A page still loading: it has not yet started listening for main. */
  loading = false

  isLoading(): boolean {
    return this.loading
  }

  isCrashed(): boolean {
    return this.crashed
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  /** Emits will-navigate as Electron does; true when the navigation was prevented. */
  navigate(url: string): boolean {
    const event = fakeEvent({ url })
    this.emit('will-navigate', event, url)
    return event.defaultPrevented
  }

  openWindow(url: string): { action: string } {
    if (this.windowOpenHandler === null) throw new Error('no window open handler')
    return this.windowOpenHandler({ url })
  }

  attachWebview(): boolean {
    const event = fakeEvent({})
    this.emit('will-attach-webview', event, {}, {})
    return event.defaultPrevented
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean
type BeforeRequest = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null
  permissionCheckHandler: PermissionCheckHandler | null = null
  beforeRequest: BeforeRequest | null = null
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest) => {
      this.beforeRequest = listener
    },
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler
  }

  /** What a page asking for `permission` would be told; unanswered requests stay pending. */
  requestPermission(permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler
    if (handler === null) return Promise.resolve(true) // Electron's default: granted
    return new Promise((resolve) => handler(new FakeWebContents(), permission, resolve))
  }

  checkPermission(permission: string): boolean {
    return this.permissionCheckHandler?.(null, permission, 'app://vantage') ?? true
  }

  /** Whether the session lets a request to `url` through. */
  allowsRequest(url: string): boolean {
    if (this.beforeRequest === null) return true
    let answer: { cancel?: boolean } | undefined
    this.beforeRequest({ url }, (response) => {
      answer = response
    })
    if (answer === undefined) throw new Error(`request to ${url} was never answered`)
    return answer.cancel !== true
  }
}

export function createFakeElectron() {
  const log: string[] = []

  class FakeBrowserWindow extends FakeEmitter {
    static readonly instances: FakeBrowserWindow[] = []
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.instances.filter((w) => !w.destroyed)
    }

    readonly webContents = new FakeWebContents()
    destroyed = false
    minimized = false
    readonly loadURL = vi.fn(async (_url: string) => {})
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn(() => {
      this.minimized = false
    })
    /** Goes at once, without 'close', as Electron's destroy() does. */
    readonly destroy = vi.fn(() => {
      if (this.destroyed) return
      this.destroyed = true
      this.emit('closed')
    })

    constructor(readonly options: Record<string, unknown>) {
      super()
      if (!app.ready) throw new Error('Cannot create BrowserWindow before app is ready')
      log.push('new BrowserWindow')
      FakeBrowserWindow.instances.push(this)
    }

    isDestroyed(): boolean {
      return this.destroyed
    }

    isMinimized(): boolean {
      return this.minimized
    }

    /** Asks first ('close', which a listener may prevent), then goes ('closed'). */
    close(): void {
      if (this.destroyed) throw new TypeError('Object has been destroyed')
      const event = fakeEvent({})
      this.emit('close', event)
      if (!event.defaultPrevented) this.destroy()
    }
  }

  let becomeReady = () => {}
  const readyPromise = new Promise<void>((resolve) => {
    becomeReady = resolve
  })

  class FakeApp extends FakeEmitter {
    ready = false
    isPackaged = false
    singleInstanceLock = true
    name = 'Electron'
    readonly paths = new Map<string, string>([
      ['appData', '/home/ada/.config'],
      ['userData', '/home/ada/.config/Electron'],
    ])
    /** True once a quit went all the way: nothing prevented it and every window closed. */
    hasQuit = false
    readonly recentDocuments: string[] = []
    readonly addRecentDocument = vi.fn((filePath: string) => {
      this.recentDocuments.push(filePath)
    })
    readonly setAppUserModelId = vi.fn((_id: string) => {})
    /** As Electron's: 'before-quit' (preventable), then every window is asked to close. */
    readonly quit = vi.fn(() => {
      log.push('quit')
      const event = fakeEvent({})
      this.emit('before-quit', event)
      if (event.defaultPrevented) return
      for (const window of FakeBrowserWindow.getAllWindows()) window.close()
      // A window that refused to close cancels the quit.
      if (FakeBrowserWindow.getAllWindows().length > 0) return
      this.emit('will-quit', fakeEvent({}))
      this.hasQuit = true
    })

    setName(name: string): void {
      log.push(`setName ${name}`)
      this.name = name
    }
    getName(): string {
      return this.name
    }
    getVersion(): string {
      return '0.1.0'
    }
    /** The system's language, as Electron reports it once ready. */
    locale = 'en-GB'
    getLocale(): string {
      return this.locale
    }
    setPath(name: string, value: string): void {
      log.push(`setPath ${name} ${value}`)
      this.paths.set(name, value)
    }
    getPath(name: string): string {
      const value = this.paths.get(name)
      if (value === undefined) throw new Error(`no fake path for ${name}`)
      return value
    }
    requestSingleInstanceLock(): boolean {
      log.push('requestSingleInstanceLock')
      return this.singleInstanceLock
    }
    isReady(): boolean {
      return this.ready
    }
    whenReady(): Promise<void> {
      return readyPromise
    }
    /** Fires 'ready' and resolves whenReady(), then lets the promise callbacks run. */
    async makeReady(): Promise<void> {
      this.ready = true
      log.push('ready')
      this.emit('ready')
      becomeReady()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
  const app = new FakeApp()

  const protocol = {
    privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    registerSchemesAsPrivileged(
      schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ) {
      if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before ready')
      log.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join(',')}`)
      protocol.privileged.push(...schemes)
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (!app.ready) throw new Error('protocol.handle must be called after ready')
      log.push(`protocol.handle ${scheme}`)
      protocol.handlers.set(scheme, handler)
    },
  }

  type IpcListener = (event: unknown, ...args: unknown[]) => unknown
  const ipcMain = {
    handlers: new Map<string, IpcListener>(),
    handle(channel: string, listener: IpcListener) {
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      log.push(`ipcMain.handle ${channel}`)
      ipcMain.handlers.set(channel, listener)
    },
  }

  /** What the preload's listeners hear: main's webContents.send lands here via `receive`. */
  const rendererEvents = new FakeEmitter()
  /** Electron's IpcRendererEvent; a listener in the page must never be handed it. */
  const rendererEvent = { senderId: 0, ports: [] as unknown[] }
  const ipcRenderer = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
    on: vi.fn((channel: string, listener: IpcListener) => {
      rendererEvents.on(channel, listener)
      return ipcRenderer
    }),
    removeListener: vi.fn((channel: string, listener: IpcListener) => {
      rendererEvents.removeListener(channel, listener)
      return ipcRenderer
    }),
    /** Main sends `channel` with `args` to this page. */
    receive(channel: string, ...args: unknown[]): void {
      rendererEvents.emit(channel, rendererEvent, ...args)
    },
    listenerCount: (channel: string) => rendererEvents.listenerCount(channel),
    rendererEvent,
  }

  const defaultSession = new FakeSession()
  const originalPermissionHandler = defaultSession.setPermissionRequestHandler.bind(defaultSession)
  defaultSession.setPermissionRequestHandler = (handler) => {
    log.push('harden session')
    originalPermissionHandler(handler)
  }

  return {
    log,
    app,
    protocol,
    ipcMain,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    Menu: createFakeMenu(log),
    contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => {}) },
    ipcRenderer,
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
