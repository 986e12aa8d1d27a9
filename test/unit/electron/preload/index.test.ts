// The preload exposes one named method per contract entry, each on its own channel.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcContract } from '../../../../shared/ipc/contract'
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

  it('has each method invoke its own channel', async () => {
    const api = await loadPreload()
    for (const [method, { channel }] of Object.entries(ipcContract)) {
      electron.fake.ipcRenderer.invoke.mockClear()
      electron.fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: method })
      await expect(api[method]?.()).resolves.toEqual({ ok: true, value: method })
      expect(electron.fake.ipcRenderer.invoke.mock.calls).toEqual([[channel]])
    }
  })

  it('offers no generic way to reach other channels', async () => {
    const api = await loadPreload()
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer']) {
      expect(api, generic).not.toHaveProperty(generic)
    }
  })
})
