// The preload exposes one named method per contract entry, each on its own channel.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcContract, type IpcArgs, type IpcMethod } from '../../../../shared/ipc/contract'
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

type ExposedApi = Record<string, (...args: unknown[]) => Promise<unknown>>

/** One valid call per method; typed by the contract, so a new method must be added here. */
const SAMPLE_ARGS: { [M in IpcMethod]: IpcArgs<M> } = {
  appInfo: [],
  sessionSave: [{ suggestedName: 'Offsite', contents: '{}' }],
  sessionOpen: [],
  csvSave: [{ suggestedName: 'Scores', contents: 'a,b' }],
  reportExportPdf: [{ workshopId: 'w1', paper: 'A4', suggestedName: 'Report' }],
  backupWrite: [{ workshopId: 'w1', title: 'Offsite', contents: '{}' }],
  backupList: [],
  backupRead: [{ id: 'w1--20250102T030405678Z.vantage' }],
  presenterOpen: [{ workshopId: '3f1b1c9e-4b7a-4f51-9d61-0b0b9d2a6f10' }],
  presenterClose: [],
  presenterIsOpen: [],
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
  it("exposes exactly the contract's method names, all functions", async () => {
    const api = await loadPreload()
    expect(Object.keys(api).sort()).toEqual(Object.keys(ipcContract).sort())
    for (const method of Object.values(api)) expect(typeof method).toBe('function')
  })

  it('has each method invoke its own channel with exactly the arguments its contract takes', async () => {
    const api = await loadPreload()
    for (const [method, { channel }] of Object.entries(ipcContract)) {
      const args: unknown[] = SAMPLE_ARGS[method as IpcMethod]
      electron.fake.ipcRenderer.invoke.mockClear()
      electron.fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: method })
      // A stray extra argument from the page goes nowhere.
      await expect(api[method]?.(...args, 'extra')).resolves.toEqual({ ok: true, value: method })
      expect(electron.fake.ipcRenderer.invoke.mock.calls, method).toEqual([[channel, ...args]])
    }
  })

  it('sends only arguments the contract accepts, in the samples above', () => {
    for (const [method, { args }] of Object.entries(ipcContract)) {
      expect(args.safeParse(SAMPLE_ARGS[method as IpcMethod]).success, method).toBe(true)
    }
  })

  it('offers no generic way to reach other channels', async () => {
    const api = await loadPreload()
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer']) {
      expect(api, generic).not.toHaveProperty(generic)
    }
  })
})
