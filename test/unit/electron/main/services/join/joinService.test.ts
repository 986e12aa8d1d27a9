/**
 * The join server for real, on 127.0.0.1 only: phones in Node speaking y-protocols sync over ws.
 * What a phone sends reaches the host only when it carries the join code and its token, stays
 * within the size and rate limits, decodes, and writes nothing but a valid input; a phone that
 * drops keeps what it rated; switching off closes everything.
 */
import type os from 'node:os'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { createJoinService, type JoinService } from '../../../../../../electron/main/services/join'
import type { JoinEvent } from '../../../../../../shared/join/host'
import {
  JOIN_LIMITS,
  VIEW_KEY,
  VIEW_MAP,
  type DeviceView,
} from '../../../../../../shared/join/protocol'
import { useTempFolder } from '../fsHelpers'
import { askToken, connectPhone, syncMessage, syncUrl, writePhoneFolder } from './testPhone'

const LOOPBACK: NodeJS.Dict<os.NetworkInterfaceInfo[]> = {
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
}

const rating = {
  lensId: 'alignment',
  state: 'current' as const,
  value: 4 as const,
  note: '',
  seq: 1,
}

const VIEW: DeviceView = {
  workshopTitle: 'Offsite',
  deviceLabel: 'K7Q2',
  anonymous: false,
  me: null,
  people: [{ participantId: 'p1', name: 'Amara' }],
  asked: null,
  step: { kind: 'waiting', at: null },
  sent: null,
  withdrawn: false,
}

const folder = useTempFolder('join')
let service: JoinService
let events: JoinEvent[]
let clock = 0

beforeEach(async () => {
  await writePhoneFolder(folder())
  clock = 0
  service = createJoinService({
    phoneDir: folder(),
    interfaces: () => LOOPBACK,
    includeLoopback: true,
    now: () => clock,
  })
  events = []
  service.subscribe((event) => events.push(event))
})
afterEach(() => service.stop())

/** Resolves with the first event, past or future, that passes `test`. */
function eventWhere(test: (event: JoinEvent) => boolean): Promise<JoinEvent> {
  const seen = events.find(test)
  if (seen) return Promise.resolve(seen)
  return new Promise((resolve) => {
    const stop = service.subscribe((event) => {
      if (!test(event)) return
      stop()
      resolve(event)
    })
  })
}

const inputs = () => events.filter((e) => e.kind === 'input')

async function start() {
  const [adapter] = service.adapters()
  return service.start(adapter!.id)
}

async function joinedPhone(pageUrl: string, doc?: Y.Doc) {
  const token = await askToken(pageUrl)
  const known = new Set(events.flatMap((e) => (e.kind === 'device' ? [e.device.deviceId] : [])))
  const phone = connectPhone(syncUrl(pageUrl, token), doc)
  await phone.opened
  const device = (await eventWhere(
    (e) => e.kind === 'device' && e.device.connected && !known.has(e.device.deviceId),
  )) as Extract<JoinEvent, { kind: 'device' }>
  return { phone, token, deviceId: device.device.deviceId }
}

/** A round trip: once the host's view is back on the phone, every earlier message was read. */
async function settle(phone: ReturnType<typeof connectPhone>, deviceId: string, title: string) {
  service.setViews([{ deviceId, view: { ...VIEW, workshopTitle: title } }])
  await phone.viewWhere((v) => v?.workshopTitle === title)
}

describe('the join server', () => {
  it('listens on the chosen address only, and serves the page only under the join code', async () => {
    const session = await start()
    expect(new URL(session.url).hostname).toBe('127.0.0.1')
    expect(session.url).toMatch(new RegExp(`/${session.code}/$`))
    const page = await fetch(session.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect((await fetch(`${session.url}assets/phone.js`)).status).toBe(200)
    expect((await fetch(`${session.url}index.html`)).status).toBe(404)
    expect((await fetch(`${session.url}assets/..%2Findex.html`)).status).toBe(404)
    const wrong = session.url.replace(session.code, 'AAAAAA')
    expect((await fetch(wrong)).status).toBe(404)
    expect((await fetch(`${wrong}device`, { method: 'POST' })).status).toBe(404)
    expect((await fetch(new URL('/favicon.ico', session.url))).status).toBe(404)
    expect(service.status().refused).toBe(2)
  })

  it('refuses a socket with a wrong join code, an unknown or missing token, or a foreign page', async () => {
    const session = await start()
    const token = await askToken(session.url)
    const wrongCode = syncUrl(session.url, token).replace(session.code, 'AAAAAA')
    const attempts = [
      wrongCode,
      syncUrl(session.url, 'x'.repeat(43)),
      syncUrl(session.url, '').replace(/\?.*$/, ''),
    ].map((url) => connectPhone(url))
    const foreign = connectPhone(syncUrl(session.url, token), new Y.Doc(), 'http://evil.example')
    for (const phone of [...attempts, foreign]) expect(await phone.closed).toBe(403)
    expect(service.status().refused).toBe(4)
    expect(events.filter((e) => e.kind === 'refused').at(-1)).toEqual({ kind: 'refused', count: 4 })
    expect(events.some((e) => e.kind === 'device')).toBe(false)
  })

  it("carries a phone's input to the host and the host's view to that phone alone", async () => {
    const session = await start()
    const one = await joinedPhone(session.url)
    events.length = 0
    const two = await joinedPhone(session.url)
    service.setViews([{ deviceId: one.deviceId, view: VIEW }])
    expect(await one.phone.viewWhere((v) => v !== undefined)).toEqual(VIEW)
    one.phone.write({ claim: 'p1', rating })
    expect(await eventWhere((e) => e.kind === 'input')).toEqual({
      kind: 'input',
      deviceId: one.deviceId,
      input: { claim: 'p1', rating },
    })
    await settle(two.phone, two.deviceId, 'two')
    expect(two.phone.doc.getMap('input').size).toBe(0)
    expect(two.phone.view()?.people).toEqual(VIEW.people)
  })

  it('closes a socket that sends a message over the size limit, and forwards nothing of it', async () => {
    const session = await start()
    const { phone } = await joinedPhone(session.url)
    phone.write({ rating: { ...rating, note: 'x'.repeat(JOIN_LIMITS.maxMessageBytes) } })
    expect(await phone.closed).toBe(1009)
    expect(inputs()).toEqual([])
    const other = await joinedPhone(session.url)
    other.phone.write({ rating })
    await eventWhere((e) => e.kind === 'input' && e.deviceId === other.deviceId)
  })

  it('refuses malformed messages, writes to the view, other types and invalid input', async () => {
    const session = await start()
    const { phone, deviceId } = await joinedPhone(session.url)
    const send = (message: Uint8Array) => phone.socket.send(message)
    const update = (build: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc()
      build(doc)
      return syncMessage((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc)))
    }
    send(new Uint8Array([0xff, 0xff, 0xff]))
    send(new Uint8Array([1, 0, 0]))
    phone.socket.send('a text frame')
    send(syncMessage((e) => syncProtocol.writeUpdate(e, new Uint8Array([9, 9, 9, 9]))))
    send(
      update((doc) =>
        doc.getMap(VIEW_MAP).set(VIEW_KEY, { ...VIEW, me: { participantId: 'p9', name: 'Me' } }),
      ),
    )
    send(update((doc) => doc.getMap('other').set('x', 1)))
    send(update((doc) => doc.getMap('input').set('rating', { ...rating, value: 7 })))
    send(update((doc) => doc.getMap('input').set('view', VIEW)))
    await settle(phone, deviceId, 'after the bad ones')
    expect(inputs()).toEqual([])
    expect(phone.socket.readyState).toBe(WebSocket.OPEN)
    expect(service.status().inputs).toEqual([{ deviceId, input: {} }])
    phone.write({ rating })
    await eventWhere((e) => e.kind === 'input')
  })

  it('bounds a flood of 1,000 messages: a burst gets through, then the socket is closed', async () => {
    const session = await start()
    const { phone } = await joinedPhone(session.url)
    for (let i = 0; i < 1000; i++) phone.write({ rating: { ...rating, note: `note ${i}` } })
    expect(await phone.closed).toBe(1008)
    expect(inputs().length).toBeGreaterThan(0)
    expect(inputs().length).toBeLessThanOrEqual(JOIN_LIMITS.burstMessages)
    // Time passing refills the bucket: a phone that calms down is heard again.
    clock += 60_000
    const again = await joinedPhone(session.url)
    again.phone.write({ rating })
    await eventWhere((e) => e.kind === 'input' && e.deviceId === again.deviceId)
  })

  it('keeps a rating across a dropped connection, whether the page slept or was reloaded', async () => {
    const session = await start()
    const { phone, token, deviceId } = await joinedPhone(session.url)
    phone.write({ claim: 'p1', rating })
    await eventWhere((e) => e.kind === 'input')
    phone.socket.terminate()
    await eventWhere((e) => e.kind === 'device' && !e.device.connected)
    // Rated again while the Wi-Fi was down: sent as soon as it is back.
    phone.write({ rating: { ...rating, value: 2, note: 'offline' } })
    events.length = 0
    const back = connectPhone(syncUrl(session.url, token), phone.doc)
    await back.opened
    expect(await eventWhere((e) => e.kind === 'input')).toEqual({
      kind: 'input',
      deviceId,
      input: { claim: 'p1', rating: { ...rating, value: 2, note: 'offline' } },
    })
    // A reloaded page starts with an empty document and gets its own input back.
    const reloaded = connectPhone(syncUrl(session.url, token))
    await reloaded.opened
    expect(await back.closed).toBe(4000)
    await reloaded.viewWhere(() => reloaded.doc.getMap('input').get('rating') !== undefined)
    expect(reloaded.doc.getMap('input').toJSON()).toEqual({
      claim: 'p1',
      rating: { ...rating, value: 2, note: 'offline' },
    })
  })

  it('stops on switch-off: sockets closed, port shut, tokens and code forgotten', async () => {
    const session = await start()
    const { phone, token } = await joinedPhone(session.url)
    await service.stop()
    expect(await phone.closed).toBe(1001)
    expect(events.at(-1)).toEqual({ kind: 'stopped' })
    await expect(fetch(session.url)).rejects.toThrow()
    expect(service.status()).toEqual({ session: null, devices: [], inputs: [], refused: 0 })
    const next = await start()
    expect(next.code).not.toBe(session.code)
    const stale = connectPhone(syncUrl(next.url, token))
    expect(await stale.closed).toBe(403)
  })

  it('closes the socket of a phone that stopped answering, and says it left', async () => {
    await service.stop()
    service = createJoinService({
      phoneDir: folder(),
      interfaces: () => LOOPBACK,
      includeLoopback: true,
      heartbeatMs: 20,
    })
    service.subscribe((event) => events.push(event))
    const session = await start()
    const token = await askToken(session.url)
    // A phone asleep: its socket is open, but nothing on it answers a ping.
    const asleep = connectPhone(syncUrl(session.url, token), new Y.Doc(), undefined, {
      autoPong: false,
    })
    await asleep.opened
    const joined = (await eventWhere((e) => e.kind === 'device' && e.device.connected)) as Extract<
      JoinEvent,
      { kind: 'device' }
    >
    await eventWhere(
      (e) =>
        e.kind === 'device' && !e.device.connected && e.device.deviceId === joined.device.deviceId,
    )
    expect(await asleep.closed).toBe(1006)
  })

  it('says so when the phone page was never built, and opens no port', async () => {
    const unbuilt = createJoinService({
      phoneDir: `${folder()}/missing`,
      interfaces: () => LOOPBACK,
      includeLoopback: true,
    })
    await expect(unbuilt.start('lo|127.0.0.1')).rejects.toMatchObject({
      problem: { code: 'joinPageMissing' },
    })
    expect(unbuilt.status().session).toBeNull()
  })

  it('refuses to start on an adapter that is gone', async () => {
    await expect(service.start('eth9|10.0.0.9')).rejects.toMatchObject({
      problem: { code: 'joinNetworkGone' },
    })
  })
})
