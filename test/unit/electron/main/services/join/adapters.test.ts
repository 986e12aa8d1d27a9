/** Which adapters the facilitator is offered, and in what order: the room's network first. */
import type os from 'node:os'
import { describe, expect, it } from 'vitest'
import { listAdapters } from '../../../../../../electron/main/services/join'

function v4(address: string, internal = false): os.NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: null,
  }
}

describe('listAdapters', () => {
  it('puts Wi-Fi and hotspots first, wired next, virtual ones last, and leaves out loopback', () => {
    const adapters = listAdapters({
      docker0: [v4('172.17.0.1')],
      eth0: [v4('10.1.2.3')],
      lo: [v4('127.0.0.1', true)],
      wlan0: [v4('192.168.1.20'), { ...v4('fe80::1'), family: 'IPv6', scopeid: 0 }],
      'Local Area Connection* 2': [v4('192.168.137.1')],
      en5: [v4('169.254.3.4')],
    })
    expect(adapters.map((a) => [a.name, a.kind])).toEqual([
      ['Local Area Connection* 2', 'hotspot'],
      ['wlan0', 'wifi'],
      ['eth0', 'ethernet'],
      ['docker0', 'other'],
    ])
    expect(adapters[1]).toEqual({
      id: 'wlan0|192.168.1.20',
      name: 'wlan0',
      address: '192.168.1.20',
      kind: 'wifi',
    })
  })

  it('offers loopback only when asked (the test server)', () => {
    expect(listAdapters({ lo: [v4('127.0.0.1', true)] }, { includeLoopback: true })).toEqual([
      { id: 'lo|127.0.0.1', name: 'lo', address: '127.0.0.1', kind: 'loopback' },
    ])
  })
})
