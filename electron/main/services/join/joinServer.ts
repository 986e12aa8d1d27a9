/**
 * The join server: plain Node (node:http and ws), on one address, for one session's join code.
 * It serves the phone page below `/<code>/`, hands each new device a token (POST
 * `/<code>/device`), and takes each device's sync socket (`/<code>/sync?device=<token>`) into
 * that device's own document. Every request must carry the code and every socket a token this
 * server issued; what is refused is counted. `stop()` closes every socket and the port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type * as Y from 'yjs'
import {
  isDeviceToken,
  makeDeviceId,
  makeDeviceToken,
  type RandomBytes,
} from '../../../../shared/join/codes'
import type { JoinDeviceStatus } from '../../../../shared/join/host'
import {
  JOIN_LIMITS,
  pagePath,
  type DeviceView,
  type PhoneInput,
} from '../../../../shared/join/protocol'
import { createDeviceDoc, inputOf, setDeviceView } from './deviceDoc'
import type { PhoneFiles } from './phoneFiles'
import { createRateLimit } from './rateLimit'
import {
  attachSyncConnection,
  CLOSE_REPLACED,
  CLOSE_STOPPED,
  type MessageRefusal,
} from './syncConnection'

export interface JoinServerEvents {
  device(status: JoinDeviceStatus): void
  input(deviceId: string, input: PhoneInput): void
  /** A connection or request refused (wrong code, unknown token, over a limit); the running total. */
  refused(total: number): void
  /** A message refused on an accepted connection. */
  messageRefused?(deviceId: string, reason: MessageRefusal): void
}

export interface JoinServerOptions {
  address: string
  port?: number
  code: string
  files: PhoneFiles
  random: RandomBytes
  events: JoinServerEvents
  now?: () => number
  /** How often a phone's socket must answer a ping; one that did not is closed as gone. */
  heartbeatMs?: number
}

/** A phone that slept or left the Wi-Fi can leave its socket open for minutes without a word. */
const HEARTBEAT_MS = 15_000

export interface JoinServer {
  /** `http://<address>:<port>/<code>/`: what the QR code holds. */
  url: string
  port: number
  setView(deviceId: string, view: DeviceView): void
  devices(): JoinDeviceStatus[]
  inputs(): { deviceId: string; input: PhoneInput }[]
  refusedCount(): number
  stop(): Promise<void>
}

interface Device {
  id: string
  doc: Y.Doc
  socket: WebSocket | null
  detach: (() => void) | null
}

const WRONG_CODE =
  'This join code is not open. Check the address on the facilitator’s screen and type it again.'

/** No framing, no sniffing, no referrer, no caching of a page that carries a code. */
function pageHeaders(origin: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${origin.replace(/^http/, 'ws')}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
}

function addressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown'
}

export async function startJoinServer(options: JoinServerOptions): Promise<JoinServer> {
  const { code, files, random, events } = options
  const now = options.now ?? Date.now
  const devices = new Map<string, Device>()
  const deviceIds = new Map<string, Device>()
  const tokensBy = new Map<string, number>()
  const openBy = new Map<string, number>()
  const sockets = new Set<Socket>()
  let refused = 0
  let origin = ''
  let stopped = false
  const alive = new WeakSet<WebSocket>()

  const refuse = () => {
    refused += 1
    events.refused(refused)
  }

  function newDevice(): string | null {
    if (devices.size >= JOIN_LIMITS.maxDevices) return null
    let id = makeDeviceId(random)
    while (deviceIds.has(id)) id = makeDeviceId(random)
    const token = makeDeviceToken(random)
    const device: Device = { id, doc: createDeviceDoc(), socket: null, detach: null }
    devices.set(token, device)
    deviceIds.set(id, device)
    return token
  }

  function answer(
    response: ServerResponse,
    status: number,
    headers: Record<string, string> = {},
    body: Buffer | string = '',
  ) {
    response.writeHead(status, { 'X-Content-Type-Options': 'nosniff', ...headers })
    response.end(body)
  }

  function onRequest(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://join.invalid')
    const page = pagePath(code)
    const method = request.method ?? 'GET'
    if (url.pathname === page.slice(0, -1)) return answer(response, 308, { Location: page })
    // Browsers ask for an icon by themselves: no one was refused.
    if (url.pathname === '/favicon.ico') return answer(response, 404)
    if (!url.pathname.startsWith(page)) {
      refuse()
      // Words for a person who mistyped the address, not only a status for the browser.
      return answer(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, WRONG_CODE)
    }
    const rest = url.pathname.slice(page.length)
    if (rest === 'device' && method === 'POST') {
      const address = addressOf(request)
      const asked = tokensBy.get(address) ?? 0
      const token = asked < JOIN_LIMITS.maxTokensPerAddress ? newDevice() : null
      if (token === null) {
        refuse()
        return answer(response, 429)
      }
      tokensBy.set(address, asked + 1)
      return answer(
        response,
        200,
        { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
        JSON.stringify({ token }),
      )
    }
    if (method !== 'GET' && method !== 'HEAD') return answer(response, 405)
    const file =
      rest === ''
        ? files.index
        : rest.startsWith('assets/')
          ? files.asset(rest.slice(7))
          : undefined
    if (file === undefined) return answer(response, 404)
    const headers = rest === '' ? pageHeaders(origin) : { 'Cache-Control': 'max-age=3600' }
    answer(
      response,
      200,
      { 'Content-Type': file.type, ...headers },
      method === 'HEAD' ? '' : file.body,
    )
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: JOIN_LIMITS.maxMessageBytes })
  const server = createServer(onRequest)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://join.invalid')
    const token = url.searchParams.get('device')
    const device = isDeviceToken(token) ? devices.get(token) : undefined
    const address = addressOf(request)
    const open = openBy.get(address) ?? 0
    // A page on another site must not reach the server through a phone's browser.
    const fromOurPage = request.headers.origin === undefined || request.headers.origin === origin
    if (
      url.pathname !== `${pagePath(code)}sync` ||
      device === undefined ||
      !fromOurPage ||
      open >= JOIN_LIMITS.maxConnectionsPerAddress
    ) {
      refuse()
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      openBy.set(address, (openBy.get(address) ?? 0) + 1)
      accept(device, ws, address)
    })
  })

  function accept(device: Device, ws: WebSocket, address: string): void {
    // The newest connection of a device wins: the old one is a phone that slept.
    const previous = device.socket
    device.detach?.()
    device.socket = ws
    previous?.close(CLOSE_REPLACED, 'replaced')
    device.detach = attachSyncConnection(
      ws,
      device.doc,
      createRateLimit(JOIN_LIMITS.burstMessages, JOIN_LIMITS.messagesPerSecond, now),
      {
        input: (input) => events.input(device.id, input),
        refused: (reason) => events.messageRefused?.(device.id, reason),
      },
    )
    // ws closes the socket itself on a frame over maxPayload (1009) or a broken frame (1002).
    ws.on('error', () => events.messageRefused?.(device.id, 'tooLarge'))
    events.device({ deviceId: device.id, connected: true })
    alive.add(ws)
    ws.on('pong', () => alive.add(ws))
    ws.on('close', () => {
      openBy.set(address, Math.max(0, (openBy.get(address) ?? 1) - 1))
      if (stopped || device.socket !== ws) return
      device.detach?.()
      device.detach = null
      device.socket = null
      events.device({ deviceId: device.id, connected: false })
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.address, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate()
        continue
      }
      alive.delete(ws)
      ws.ping()
    }
  }, options.heartbeatMs ?? HEARTBEAT_MS)
  heartbeat.unref()
  const { port } = server.address() as AddressInfo
  const host = options.address.includes(':') ? `[${options.address}]` : options.address
  origin = `http://${host}:${port}`

  return {
    url: `${origin}${pagePath(code)}`,
    port,
    setView(deviceId, view) {
      const device = deviceIds.get(deviceId)
      if (device) setDeviceView(device.doc, view, 'host')
    },
    devices: () =>
      [...deviceIds.values()].map((d) => ({ deviceId: d.id, connected: d.socket !== null })),
    inputs: () => [...deviceIds.values()].map((d) => ({ deviceId: d.id, input: inputOf(d.doc) })),
    refusedCount: () => refused,
    async stop() {
      stopped = true
      clearInterval(heartbeat)
      for (const device of devices.values()) {
        device.detach?.()
        device.socket?.close(CLOSE_STOPPED, 'joining stopped')
        device.doc.destroy()
      }
      devices.clear()
      deviceIds.clear()
      for (const client of wss.clients) client.terminate()
      wss.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    },
  }
}
