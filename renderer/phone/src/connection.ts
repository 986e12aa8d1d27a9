/**
 * The phone's line to the laptop: a token asked for once and kept, one WebSocket speaking
 * y-protocols sync over this phone's own Y.Doc, and reconnection after the phone sleeps or the
 * Wi-Fi drops. The document is kept in this browser's storage too, so a rating entered while
 * the network was down survives a reload and is sent when the line is back.
 */
import { fromBase64, toBase64 } from 'lib0/buffer'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  INPUT_MAP,
  MESSAGE_SYNC,
  syncPath,
  tokenPath,
  VIEW_KEY,
  VIEW_MAP,
  type DeviceView,
  type PhoneInput,
} from '@shared/join/protocol'

export type Status = 'connecting' | 'online' | 'offline' | 'ended' | 'replaced'

export interface PhoneState {
  status: Status
  view: DeviceView | undefined
  input: PhoneInput
}

/** Closed by the server: joining stopped (1001), this device connected elsewhere (4000). */
const CLOSE_STOPPED = 1001
const CLOSE_REPLACED = 4000
const RETRY_MS = [500, 1000, 2000, 4000, 8000]

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

export interface Connection {
  getState(): PhoneState
  subscribe(listener: () => void): () => void
  write(input: PhoneInput): void
}

export function connect(code: string, place: Location, storage: Storage): Connection {
  const tokenKey = `vantage-join:${code}:token`
  const docKey = `vantage-join:${code}:doc`
  const doc = new Y.Doc()
  try {
    const saved = storage.getItem(docKey)
    if (saved) Y.applyUpdate(doc, fromBase64(saved), 'storage')
  } catch {
    storage.removeItem(docKey)
  }

  const listeners = new Set<() => void>()
  let state: PhoneState = { status: 'connecting', view: undefined, input: {} }
  function refresh(status = state.status): void {
    state = {
      status,
      view: doc.getMap(VIEW_MAP).get(VIEW_KEY) as DeviceView | undefined,
      input: doc.getMap(INPUT_MAP).toJSON() as PhoneInput,
    }
    for (const listener of listeners) listener()
  }

  let socket: WebSocket | null = null
  let opening = false
  let attempt = 0
  const send = (data: Uint8Array) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(data)
  }

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    storage.setItem(docKey, toBase64(Y.encodeStateAsUpdate(doc)))
    if (origin !== 'remote' && origin !== 'storage') {
      send(message((encoder) => syncProtocol.writeUpdate(encoder, update)))
    }
    refresh()
  })

  async function token(): Promise<string> {
    const kept = storage.getItem(tokenKey)
    if (kept) return kept
    const response = await fetch(tokenPath(code), { method: 'POST' })
    if (!response.ok) throw new Error(`token ${response.status}`)
    const { token: given } = (await response.json()) as { token: string }
    storage.setItem(tokenKey, given)
    return given
  }

  function retry(): void {
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]
    attempt += 1
    setTimeout(open, wait)
  }

  async function open(): Promise<void> {
    if (socket !== null || opening || state.status === 'ended' || state.status === 'replaced') {
      return
    }
    let given: string
    opening = true
    try {
      given = await token()
    } catch {
      refresh('offline')
      return retry()
    } finally {
      opening = false
    }
    const scheme = place.protocol === 'https:' ? 'wss' : 'ws'
    const ws = new WebSocket(`${scheme}://${place.host}${syncPath(code, given)}`)
    ws.binaryType = 'arraybuffer'
    socket = ws
    ws.onopen = () => {
      attempt = 0
      send(message((encoder) => syncProtocol.writeSyncStep1(encoder, doc)))
      refresh('online')
    }
    ws.onmessage = ({ data }) => {
      const decoder = decoding.createDecoder(new Uint8Array(data as ArrayBuffer))
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.readSyncMessage(decoder, encoder, doc, 'remote')
      if (encoding.length(encoder) > 1) send(encoding.toUint8Array(encoder))
    }
    ws.onclose = ({ code: closeCode }) => {
      // A socket already let go of (the phone went offline) says nothing any more.
      if (socket !== ws) return
      socket = null
      if (closeCode === CLOSE_STOPPED) return refresh('ended')
      if (closeCode === CLOSE_REPLACED) return refresh('replaced')
      refresh('offline')
      retry()
    }
  }

  // A phone waking up or back on the Wi-Fi tries at once instead of waiting out its back-off.
  const wake = () => {
    if (socket === null) void open()
  }
  window.addEventListener('online', wake)
  // Off the network, a socket can hang open for minutes without a word: let go of it at once,
  // so the page says so and reconnects as soon as the network is back.
  window.addEventListener('offline', () => {
    const ws = socket
    socket = null
    ws?.close()
    refresh('offline')
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') wake()
  })
  refresh()
  void open()

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    write(input) {
      const map = doc.getMap(INPUT_MAP)
      doc.transact(() => {
        for (const [key, value] of Object.entries(input)) map.set(key, value)
      })
    },
  }
}
