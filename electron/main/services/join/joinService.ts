/**
 * Joining as the laptop's host sees it, the same in Electron's main process and in the browser
 * build's test server: which adapters there are, start a session on one (a fresh join code each
 * time), stop it, send each device its view, and hear what happens in the room. Only one session
 * runs at a time; the port is open only between start and stop.
 */
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import { MainProblemError } from '../../../../shared/ipc/problems'
import { makeJoinCode, type RandomBytes } from '../../../../shared/join/codes'
import type {
  JoinAdapter,
  JoinEvent,
  JoinSessionInfo,
  JoinStatus,
} from '../../../../shared/join/host'
import type { DeviceView } from '../../../../shared/join/protocol'
import { listAdapters } from './adapters'
import { startJoinServer, type JoinServer } from './joinServer'
import { loadPhoneFiles } from './phoneFiles'

export interface JoinServiceOptions {
  /** The phone page's built folder (index.html and assets/). */
  phoneDir: string
  interfaces?: () => NodeJS.Dict<os.NetworkInterfaceInfo[]>
  /** Offer 127.0.0.1: the browser build's test server only. */
  includeLoopback?: boolean
  port?: number
  random?: RandomBytes
  now?: () => number
  heartbeatMs?: number
}

export interface JoinService {
  adapters(): JoinAdapter[]
  start(adapterId: string): Promise<JoinSessionInfo>
  stop(): Promise<void>
  setViews(views: readonly { deviceId: string; view: DeviceView }[]): void
  status(): JoinStatus
  /** Calls `listener` with every event; returns the unsubscribe. */
  subscribe(listener: (event: JoinEvent) => void): () => void
}

const cryptoBytes: RandomBytes = (length) => new Uint8Array(randomBytes(length))

export function createJoinService(options: JoinServiceOptions): JoinService {
  const random = options.random ?? cryptoBytes
  const interfaces = options.interfaces ?? (() => os.networkInterfaces())
  const listeners = new Set<(event: JoinEvent) => void>()
  let running: { server: JoinServer; session: JoinSessionInfo } | null = null
  // Starts and stops one after the other, so a quick off-on never leaves two servers.
  let queue: Promise<unknown> = Promise.resolve()

  const emit = (event: JoinEvent) => {
    for (const listener of listeners) listener(event)
  }
  const adapters = () => listAdapters(interfaces(), { includeLoopback: options.includeLoopback })

  async function stopNow(): Promise<void> {
    if (running === null) return
    const { server } = running
    running = null
    await server.stop()
    emit({ kind: 'stopped' })
  }

  async function startNow(adapterId: string): Promise<JoinSessionInfo> {
    await stopNow()
    const adapter = adapters().find((a) => a.id === adapterId)
    if (adapter === undefined) {
      throw new MainProblemError({ code: 'joinNetworkGone' }, `no adapter ${adapterId}`)
    }
    const code = makeJoinCode(random)
    const server = await startJoinServer({
      address: adapter.address,
      port: options.port,
      code,
      files: await loadPhoneFiles(options.phoneDir).catch(() => {
        // Only a development run meets this: every build writes the page beside the renderer.
        throw new MainProblemError(
          { code: 'joinPageMissing' },
          `no phone page in ${options.phoneDir}`,
        )
      }),
      random,
      now: options.now,
      heartbeatMs: options.heartbeatMs,
      events: {
        device: (device) => emit({ kind: 'device', device }),
        input: (deviceId, input) => emit({ kind: 'input', deviceId, input }),
        refused: (count) => emit({ kind: 'refused', count }),
      },
    })
    const session = { adapterId, url: server.url, code }
    running = { server, session }
    return session
  }

  function serial<T>(job: () => Promise<T>): Promise<T> {
    const next = queue.then(job, job)
    queue = next.catch(() => {})
    return next
  }

  return {
    adapters,
    start: (adapterId) => serial(() => startNow(adapterId)),
    stop: () => serial(stopNow),
    setViews(views) {
      for (const { deviceId, view } of views) running?.server.setView(deviceId, view)
    },
    status: () =>
      running === null
        ? { session: null, devices: [], inputs: [], refused: 0 }
        : {
            session: running.session,
            devices: running.server.devices(),
            inputs: running.server.inputs(),
            refused: running.server.refusedCount(),
          },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
