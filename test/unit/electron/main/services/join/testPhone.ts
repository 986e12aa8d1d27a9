/**
 * A phone for the join server's tests, in Node: asks for a token, opens the sync socket and
 * speaks y-protocols sync over its own Y.Doc, as the phone page does; and can send anything
 * else a hostile page might, since the socket is in reach.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  INPUT_MAP,
  MESSAGE_SYNC,
  syncPath,
  VIEW_KEY,
  VIEW_MAP,
} from '../../../../../../shared/join/protocol'
import type { DeviceView, PhoneInput } from '../../../../../../shared/join/protocol'

/** A phone page folder as the build writes one. */
export async function writePhoneFolder(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true })
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><title>Join</title><script src="./assets/phone.js"></script>',
  )
  await writeFile(path.join(dir, 'assets', 'phone.js'), 'console.log("phone")')
}

export async function askToken(pageUrl: string): Promise<string> {
  const response = await fetch(`${pageUrl}device`, { method: 'POST' })
  if (!response.ok) throw new Error(`token refused: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

export function syncUrl(pageUrl: string, token: string): string {
  const { origin, pathname } = new URL(pageUrl)
  const code = pathname.split('/')[1] ?? ''
  return `${origin.replace(/^http/, 'ws')}${syncPath(code, token)}`
}

export function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export interface TestPhone {
  socket: WebSocket
  doc: Y.Doc
  opened: Promise<void>
  closed: Promise<number>
  view(): DeviceView | undefined
  write(input: PhoneInput): void
  /** Resolves once the view passes `test`. */
  viewWhere(test: (view: DeviceView | undefined) => boolean): Promise<DeviceView | undefined>
}

/** Opens a phone's socket; `doc` is kept across reconnects, as a page that only slept keeps it. */
export function connectPhone(
  url: string,
  doc = new Y.Doc(),
  origin?: string,
  options: { autoPong?: boolean } = {},
): TestPhone {
  const socket = new WebSocket(url, { ...(origin ? { origin } : {}), ...options })
  socket.binaryType = 'arraybuffer'
  const send = (message: Uint8Array) => socket.readyState === socket.OPEN && socket.send(message)
  const onUpdate = (update: Uint8Array, from: unknown) => {
    if (from !== socket) send(syncMessage((e) => syncProtocol.writeUpdate(e, update)))
  }
  doc.on('update', onUpdate)
  socket.on('message', (data: ArrayBuffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    decoding.readVarUint(decoder)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.readSyncMessage(decoder, encoder, doc, socket)
    if (encoding.length(encoder) > 1) send(encoding.toUint8Array(encoder))
  })
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      send(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)))
      resolve()
    })
    socket.once('error', reject)
  })
  const closed = new Promise<number>((resolve) => {
    socket.once('close', (code) => {
      doc.off('update', onUpdate)
      resolve(code)
    })
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
  })
  opened.catch(() => {})
  socket.on('error', () => {})
  const view = () => doc.getMap(VIEW_MAP).get(VIEW_KEY) as DeviceView | undefined
  return {
    socket,
    doc,
    opened,
    closed,
    view,
    write(input) {
      const map = doc.getMap(INPUT_MAP)
      doc.transact(() => {
        for (const [key, value] of Object.entries(input)) map.set(key, value)
      })
    },
    viewWhere(test) {
      return new Promise((resolve) => {
        const check = () => {
          if (!test(view())) return
          doc.off('update', check)
          resolve(view())
        }
        doc.on('update', check)
        check()
      })
    },
  }
}
