// The preload exposes one named method per contract entry, each on its own channel, and one
// named listener per event from main, each hearing only its own channel and only the payload.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcContract, type IpcArgs, type IpcMethod } from '../../../../shared/ipc/contract'
import { APP_COMMANDS, IPC_EVENTS, type VantageEvents } from '../../../../shared/ipc/events'
import { createFakeElectron, type FakeElectron } from '../fakeElectron'

const electron = vi.hoisted(() => ({ fake: undefined as unknown as FakeElectron }))
vi.mock('electron', () => ({
  get contextBridge() {
    return electron.fake.contextBridge
  },
  get ipcRenderer() {
    return electron.fake.ipcRenderer
  },
}))

type ExposedApi = Record<IpcMethod, (...args: unknown[]) => Promise<unknown>> & VantageEvents

/** The listener methods, each with the event channel it listens on. */
const LISTENERS = {
  onMenuCommand: IPC_EVENTS.menuCommand,
  onSessionFileWaiting: IPC_EVENTS.sessionFileWaiting,
  onPrepareToQuit: IPC_EVENTS.prepareToQuit,
  onJoinEvent: IPC_EVENTS.joinEvent,
} as const satisfies Record<keyof VantageEvents, string>

/** One valid call per method; typed by the contract, so a new method must be added here. */
const SAMPLE_ARGS: { [M in IpcMethod]: IpcArgs<M> } = {
  appInfo: [],
  sessionSave: [{ suggestedName: 'Offsite', contents: '{}' }],
  sessionOpen: [],
  csvSave: [{ suggestedName: 'Scores', contents: 'a,b' }],
  templateSave: [{ suggestedName: 'Four lenses', contents: '{}' }],
  templateOpen: [],
  reportExportPdf: [{ workshopId: 'w1', paper: 'A4', language: 'de', suggestedName: 'Report' }],
  backupWrite: [{ workshopId: 'w1', title: 'Offsite', contents: '{}' }],
  backupList: [],
  backupRead: [{ id: 'w1--20250102T030405678Z.vantage' }],
  presenterOpen: [{ workshopId: '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10' }],
  presenterClose: [],
  presenterIsOpen: [],
  menuSetState: [
    {
      workshopOpen: true,
      canUndo: true,
      canRedo: false,
      presenterOpen: false,
      presenterBlank: false,
    },
  ],
  appSetLanguage: [{ language: 'fr' }],
  sessionTakeWaiting: [],
  appQuitReady: [],
  joinAdapters: [],
  joinStart: [{ adapterId: 'wlan0|192.168.1.20' }],
  joinStop: [],
  joinStatus: [],
  joinSetViews: [
    [
      {
        deviceId: 'K7Q2',
        view: {
          workshopTitle: 'Offsite',
          deviceLabel: 'K7Q2',
          anonymous: true,
          me: null,
          people: [],
          asked: null,
          step: { kind: 'waiting', at: null },
          sent: null,
          withdrawn: false,
        },
      },
    ],
  ],
}

async function loadPreload(): Promise<ExposedApi> {
  vi.resetModules()
  await import('../../../../electron/preload/index')
  const calls = electron.fake.contextBridge.exposeInMainWorld.mock.calls
  expect(calls).toHaveLength(1)
  const [key, api] = calls[0] ?? []
  expect(key).toBe('vantage')
  return api as ExposedApi
}

beforeEach(() => {
  electron.fake = createFakeElectron()
})

describe('preload', () => {
  it("exposes exactly the contract's method names and the event listeners, all functions", async () => {
    const api = await loadPreload()
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(ipcContract), ...Object.keys(LISTENERS)].sort(),
    )
    for (const method of Object.values(api)) expect(typeof method).toBe('function')
  })

  it('has each method invoke its own channel with exactly the arguments its contract takes', async () => {
    const api = await loadPreload()
    for (const [method, { channel }] of Object.entries(ipcContract)) {
      const args: unknown[] = SAMPLE_ARGS[method as IpcMethod]
      electron.fake.ipcRenderer.invoke.mockClear()
      electron.fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: method })
      // A stray extra argument from the page goes nowhere.
      await expect(api[method as IpcMethod](...args, 'extra')).resolves.toEqual({
        ok: true,
        value: method,
      })
      expect(electron.fake.ipcRenderer.invoke.mock.calls, method).toEqual([[channel, ...args]])
    }
  })

  it('sends only arguments the contract accepts, in the samples above', () => {
    for (const [method, { args }] of Object.entries(ipcContract)) {
      expect(args.safeParse(SAMPLE_ARGS[method as IpcMethod]).success, method).toBe(true)
    }
  })

  it('saves and opens template files on their own channels, passing no path for an open', async () => {
    const api = await loadPreload()
    const { invoke } = electron.fake.ipcRenderer
    invoke.mockResolvedValue({ ok: true, value: { saved: false } })
    await api.templateSave({ suggestedName: 'Four lenses', contents: '{"format":"x"}' })
    await api.templateOpen('/home/ada/secret.vantage-template')
    expect(invoke.mock.calls).toEqual([
      ['template:save', { suggestedName: 'Four lenses', contents: '{"format":"x"}' }],
      ['template:open'],
    ])
  })

  it('offers no generic way to reach other channels', async () => {
    const api = await loadPreload()
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer']) {
      expect(api, generic).not.toHaveProperty(generic)
    }
  })
})

describe('preload listeners', () => {
  const ipcRenderer = () => electron.fake.ipcRenderer

  it('listen each on its own event channel, and on nothing else', async () => {
    const api = await loadPreload()
    for (const [method, channel] of Object.entries(LISTENERS)) {
      ipcRenderer().on.mockClear()
      api[method as keyof VantageEvents](() => {})
      expect(
        ipcRenderer().on.mock.calls.map(([name]) => name),
        method,
      ).toEqual([channel])
    }
  })

  it('hand a menu command on, and only the command, never the event object', async () => {
    const api = await loadPreload()
    const listener = vi.fn()
    api.onMenuCommand(listener)
    for (const command of APP_COMMANDS) ipcRenderer().receive(IPC_EVENTS.menuCommand, command)
    expect(listener.mock.calls).toEqual(APP_COMMANDS.map((command) => [command]))
  })

  it('drop a menu command payload that is not a command', async () => {
    const api = await loadPreload()
    const listener = vi.fn()
    api.onMenuCommand(listener)
    for (const payload of ['rm -rf', 'Undo', undefined, null, 3, { command: 'undo' }, ['undo']]) {
      ipcRenderer().receive(IPC_EVENTS.menuCommand, payload)
    }
    expect(listener).not.toHaveBeenCalled()
  })

  it('hand a join event on, and drop a payload that is none', async () => {
    const api = await loadPreload()
    const listener = vi.fn()
    api.onJoinEvent(listener)
    for (const payload of [null, 'stopped', { kind: 'other' }, [{ kind: 'stopped' }]]) {
      ipcRenderer().receive(IPC_EVENTS.joinEvent, payload)
    }
    ipcRenderer().receive(IPC_EVENTS.joinEvent, { kind: 'refused', count: 2 })
    expect(listener.mock.calls).toEqual([[{ kind: 'refused', count: 2 }]])
  })

  it('call the file-waiting and prepare-to-quit listeners with no arguments at all', async () => {
    const api = await loadPreload()
    const waiting = vi.fn()
    const prepare = vi.fn()
    api.onSessionFileWaiting(waiting)
    api.onPrepareToQuit(prepare)
    // Even were main to send something along, the page would not get it.
    ipcRenderer().receive(IPC_EVENTS.sessionFileWaiting, '/home/ada/secret.vantage')
    ipcRenderer().receive(IPC_EVENTS.prepareToQuit, 'extra')
    expect(waiting.mock.calls).toEqual([[]])
    expect(prepare.mock.calls).toEqual([[]])
  })

  it('hear nothing from the other event channels', async () => {
    const api = await loadPreload()
    const command = vi.fn()
    const waiting = vi.fn()
    const prepare = vi.fn()
    api.onMenuCommand(command)
    api.onSessionFileWaiting(waiting)
    api.onPrepareToQuit(prepare)
    ipcRenderer().receive(IPC_EVENTS.prepareToQuit)
    expect(prepare).toHaveBeenCalledTimes(1)
    expect(command).not.toHaveBeenCalled()
    expect(waiting).not.toHaveBeenCalled()
  })

  it('stop exactly the one listener when unsubscribed, each', async () => {
    const api = await loadPreload()
    for (const [method, channel] of Object.entries(LISTENERS)) {
      const subscribe = api[method as keyof VantageEvents] as (listener: () => void) => () => void
      const kept = vi.fn()
      const dropped = vi.fn()
      subscribe(kept)
      const unsubscribe = subscribe(dropped)
      expect(ipcRenderer().listenerCount(channel), method).toBe(2)
      unsubscribe()
      expect(ipcRenderer().listenerCount(channel), method).toBe(1)
      // The handler given to removeListener is the one given to on for this subscription.
      const handler = ipcRenderer().on.mock.calls.at(-1)?.[1]
      expect(ipcRenderer().removeListener.mock.calls.at(-1), method).toEqual([channel, handler])
      // A payload each listener hands on: a menu command, and a join event.
      ipcRenderer().receive(
        channel,
        channel === IPC_EVENTS.joinEvent ? { kind: 'stopped' } : 'undo',
      )
      expect(kept, method).toHaveBeenCalledTimes(1)
      expect(dropped, method).not.toHaveBeenCalled()
    }
  })
})
