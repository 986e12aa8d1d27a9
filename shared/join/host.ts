/**
 * The laptop's side of joining, as the renderer sees it through the platform: the network
 * adapters it may open on, the session it opened, and what happens in the room (a device joins
 * or leaves, sends its input, a connection is refused). Plain types, shared by main, the
 * preload's contract and the browser build's test server.
 */
import type { PhoneInput } from './protocol'

export type AdapterKind = 'wifi' | 'ethernet' | 'hotspot' | 'loopback' | 'other'

/** One IPv4 address the server could listen on, named plainly for the facilitator. */
export interface JoinAdapter {
  /** Stable for the machine's adapters: the interface name and address. */
  id: string
  /** The system's name for it ('Wi-Fi', 'en0', 'eth0'). */
  name: string
  address: string
  kind: AdapterKind
}

export interface JoinSessionInfo {
  adapterId: string
  /** What the QR code holds and the screen shows: `http://<address>:<port>/<code>/`. */
  url: string
  code: string
}

export interface JoinDeviceStatus {
  deviceId: string
  connected: boolean
}

export type JoinEvent =
  | { kind: 'device'; device: JoinDeviceStatus }
  | { kind: 'input'; deviceId: string; input: PhoneInput }
  | { kind: 'refused'; count: number }
  | { kind: 'stopped' }

/** Everything the server knows now, for a renderer that (re)attaches mid-session. */
export interface JoinStatus {
  session: JoinSessionInfo | null
  devices: JoinDeviceStatus[]
  inputs: { deviceId: string; input: PhoneInput }[]
  refused: number
}
