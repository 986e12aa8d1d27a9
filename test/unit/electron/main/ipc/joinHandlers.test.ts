// The join channels: each hands its checked arguments to the join service, only from the
// facilitator's window; views outside the schema and unknown adapters' ids of absurd size are
// refused before the service hears of them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as HandlersModule from '../../../../../electron/main/ipc/handlers'
import type { JoinService } from '../../../../../electron/main/services/join'
import type { DeviceView } from '../../../../../shared/join/protocol'
import { createFakeElectronWithFiles, type FakeElectronWithFiles } from '../../fakeElectronFiles'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectronWithFiles }))
vi.mock('electron', async () =>
  (await import('../../fakeElectronModule')).electronModule(() => electron.fake),
)

let handlersModule: typeof HandlersModule

beforeEach(async () => {
  electron.fake = createFakeElectronWithFiles()
  await electron.fake.app.makeReady()
  vi.resetModules()
  handlersModule = await import('../../../../../electron/main/ipc/handlers')
})

afterEach(() => vi.restoreAllMocks())

const SESSION = {
  adapterId: 'wlan0|192.168.1.20',
  url: 'http://192.168.1.20:41000/ABCDEF/',
  code: 'ABCDEF',
}
const VIEW: DeviceView = {
  workshopTitle: 'Offsite',
  deviceLabel: 'K7Q2',
  anonymous: false,
  me: null,
  people: [{ participantId: 'p1', name: 'Amara' }],
  asked: null,
  step: { kind: 'waiting', at: 'introduce' },
  sent: null,
  withdrawn: false,
}

function fakeService() {
  return {
    adapters: vi.fn(() => [
      { id: SESSION.adapterId, name: 'wlan0', address: '192.168.1.20', kind: 'wifi' as const },
    ]),
    start: vi.fn(async () => SESSION),
    stop: vi.fn(async () => {}),
    status: vi.fn(() => ({ session: SESSION, devices: [], inputs: [], refused: 3 })),
    setViews: vi.fn(),
    subscribe: vi.fn(() => () => {}),
  } satisfies JoinService
}

function registered({ mayJoin = true, withService = true } = {}) {
  const join = fakeService()
  const { ipcMain } = electron.fake
  handlersModule.registerIpcHandlers(ipcMain as never, ['app://vantage'], {
    join: withService ? join : undefined,
    host: {
      setMenuState: () => {},
      takeWaitingFile: async () => ({ kind: 'none' }),
      readyToQuit: () => {},
      setLanguage: () => {},
      language: () => 'en',
      mayJoin: () => mayJoin,
    },
  })
  const call = async (channel: string, ...args: unknown[]) => {
    const listener = ipcMain.handlers.get(channel)
    if (listener === undefined) throw new Error(`nothing registered on ${channel}`)
    return listener({ sender: {}, senderFrame: { url: 'app://vantage/index.html' } }, ...args)
  }
  return { join, call }
}

describe('join channels', () => {
  it('list adapters, start, answer the status, send views and stop through the service', async () => {
    const { join, call } = registered()
    expect(await call('join:adapters')).toMatchObject({ ok: true, value: [{ kind: 'wifi' }] })
    expect(await call('join:start', { adapterId: SESSION.adapterId })).toEqual({
      ok: true,
      value: SESSION,
    })
    expect(join.start).toHaveBeenCalledWith(SESSION.adapterId)
    expect(await call('join:status')).toMatchObject({ ok: true, value: { refused: 3 } })
    expect(await call('join:setViews', [{ deviceId: 'K7Q2', view: VIEW }])).toEqual({
      ok: true,
      value: undefined,
    })
    expect(join.setViews).toHaveBeenCalledWith([{ deviceId: 'K7Q2', view: VIEW }])
    expect(await call('join:stop')).toEqual({ ok: true, value: undefined })
    expect(join.stop).toHaveBeenCalledTimes(1)
  })

  it('refuse views the schema refuses, and odd adapter ids, before the service hears of them', async () => {
    const { join, call } = registered()
    const invalid = { ok: false, error: { code: 'invalid-arguments' } }
    for (const views of [
      [{ deviceId: 'K7Q2', view: { ...VIEW, notes: ['secret'] } }],
      [{ deviceId: '../x', view: VIEW }],
      [{ deviceId: 'K7Q2', view: { ...VIEW, sent: { value: 9, noted: false } } }],
      'everything',
    ]) {
      expect(await call('join:setViews', views)).toMatchObject(invalid)
    }
    expect(await call('join:start', { adapterId: '' })).toMatchObject(invalid)
    expect(await call('join:start', { adapterId: 'x', port: 80 })).toMatchObject(invalid)
    expect(join.setViews).not.toHaveBeenCalled()
    expect(join.start).not.toHaveBeenCalled()
  })

  it('do nothing for a page other than the facilitator’s window', async () => {
    const { join, call } = registered({ mayJoin: false })
    expect(await call('join:start', { adapterId: SESSION.adapterId })).toMatchObject({
      ok: false,
      error: { code: 'failed', problem: { code: 'joinNotHere' } },
    })
    expect(join.start).not.toHaveBeenCalled()
  })

  it('say joining is not available when main has no join service', async () => {
    const { call } = registered({ withService: false })
    expect(await call('join:adapters')).toMatchObject({
      ok: false,
      error: { code: 'failed', problem: { code: 'joinNotHere' } },
    })
  })
})
