/**
 * The network adapters the join server may listen on, named plainly and in the order a
 * facilitator would pick them: the Wi-Fi or hotspot the phones are on first, wired next, virtual
 * adapters (VPNs, containers, virtual machines) last, since phones can never reach those.
 * Loopback is offered only to the browser build's test server.
 */
import os from 'node:os'
import type { AdapterKind, JoinAdapter } from '../../../../shared/join/host'

type Interfaces = NodeJS.Dict<os.NetworkInterfaceInfo[]>

const VIRTUAL =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|zt|tailscale|wg|ham|llw|awdl|anpi)/i
const WIFI = /(wi-?fi|wlan|wireless|airport|^wl|^en0$)/i
const HOTSPOT = /(^ap\d|^bridge1\d\d$|hotspot|local area connection\*)/i
const ETHERNET = /(ethernet|^eth|^en[ops]?\d|^eno|^enx)/i

/** Windows' Mobile Hotspot and macOS Internet Sharing give the laptop these addresses. */
const HOTSPOT_ADDRESSES = new Set(['192.168.137.1', '192.168.2.1'])

function kindOf(name: string, info: os.NetworkInterfaceInfo): AdapterKind | 'virtual' {
  if (info.internal) return 'loopback'
  if (HOTSPOT_ADDRESSES.has(info.address) || HOTSPOT.test(name)) return 'hotspot'
  if (VIRTUAL.test(name)) return 'virtual'
  if (WIFI.test(name)) return 'wifi'
  if (ETHERNET.test(name)) return 'ethernet'
  return 'other'
}

const RANK: Record<AdapterKind | 'virtual', number> = {
  hotspot: 0,
  wifi: 0,
  ethernet: 1,
  other: 2,
  virtual: 3,
  loopback: 4,
}

export interface AdapterOptions {
  /** Offer 127.0.0.1 too: only the browser build's test server, where the phones are on this machine. */
  includeLoopback?: boolean
}

/** IPv4 addresses only (a phone types or scans them), never link-local (169.254.x: no DHCP). */
export function listAdapters(
  interfaces: Interfaces = os.networkInterfaces(),
  options: AdapterOptions = {},
): JoinAdapter[] {
  const found: (JoinAdapter & { rank: number })[] = []
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.address.startsWith('169.254.')) continue
      const kind = kindOf(name, info)
      if (kind === 'loopback' && !options.includeLoopback) continue
      found.push({
        id: `${name}|${info.address}`,
        name,
        address: info.address,
        kind: kind === 'virtual' ? 'other' : kind,
        rank: RANK[kind],
      })
    }
  }
  return found
    .sort(
      (a, b) =>
        a.rank - b.rank || a.name.localeCompare(b.name) || a.address.localeCompare(b.address),
    )
    .map(({ rank: _rank, ...adapter }) => adapter)
}
