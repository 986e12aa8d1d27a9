/**
 * The browser build's stand-in for main when the room joins: in the test's own Node process,
 * the same join service Electron's main runs (electron/main/services/join) on 127.0.0.1 only,
 * and beside it the built renderer served on its own port with a host socket on that origin
 * (`/join-host?secret=…`), which the page's web platform (platform/webJoin.ts) calls as the
 * desktop app calls IPC. The page is opened with `?joinHost=<secret>`; without the secret the
 * host socket refuses.
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type os from 'node:os'
import path from 'node:path'
import { WebSocketServer } from 'ws'
import { createJoinService, type JoinService } from '../../../electron/main/services/join'
import { CONTENT_TYPES } from '../../../electron/main/services/join/phoneFiles'
import { problemOf } from '../../../shared/ipc/problems'
import { deviceViewsSchema } from '../../../shared/join/schemas'

const TYPES: Record<string, string> = { ...CONTENT_TYPES, '.json': 'application/json' }

/** Only the loopback adapter: the phones in these tests are browser contexts on this machine. */
const LOOPBACK_ONLY = (): NodeJS.Dict<os.NetworkInterfaceInfo[]> => ({
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
  ],
})

export interface JoinLauncher {
  /** The facilitator's page, with the host secret: append the hash route. */
  appUrl: string
  service: JoinService
  stop(): Promise<void>
}

type Request = { id: number; method: string; args?: unknown }

/** One host request, answered as main's join channels answer (services/join does the checks). */
async function answer(service: JoinService, { method, args }: Request): Promise<unknown> {
  switch (method) {
    case 'adapters':
      return service.adapters()
    case 'start':
      return service.start((args as { adapterId: string }).adapterId)
    case 'stop':
      return service.stop()
    case 'status':
      return service.status()
    case 'setViews':
      // Checked as main's join:setViews checks it, against the same schema.
      return service.setViews(deviceViewsSchema.parse(args))
    default:
      throw new Error(`no method ${method}`)
  }
}

export async function startJoinLauncher(rendererDir = path.resolve('out/renderer')) {
  const service = createJoinService({
    phoneDir: path.join(rendererDir, 'phone'),
    interfaces: LOOPBACK_ONLY,
    includeLoopback: true,
  })
  const secret = randomBytes(24).toString('base64url')

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1))
    const file = path.resolve(rendererDir, relative)
    if (!file.startsWith(rendererDir + path.sep)) return void response.writeHead(404).end()
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'text/plain' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })

  const hosts = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 })
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (url.pathname !== '/join-host' || url.searchParams.get('secret') !== secret) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    hosts.handleUpgrade(request, socket, head, (ws) => {
      const unsubscribe = service.subscribe((event) => ws.send(JSON.stringify({ event })))
      ws.on('close', unsubscribe)
      ws.on('message', async (data) => {
        const message = JSON.parse(String(data)) as Request
        try {
          const value = await answer(service, message)
          ws.send(JSON.stringify({ id: message.id, ok: true, value: value ?? null }))
        } catch (error) {
          const problem = problemOf(error)
          ws.send(JSON.stringify({ id: message.id, ok: false, message: String(error), problem }))
        }
      })
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    appUrl: `http://127.0.0.1:${port}/?joinHost=${secret}`,
    service,
    async stop() {
      await service.stop()
      for (const client of hosts.clients) client.terminate()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  } satisfies JoinLauncher
}
